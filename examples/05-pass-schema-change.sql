-- Passing schema change, on its own: a new nullable column added online, and an index the orders screen needs.

ALTER TABLE orders
  ADD COLUMN loyalty_points INT UNSIGNED NULL COMMENT 'points earned by the order',
  ALGORITHM=INPLACE, LOCK=NONE;

CREATE INDEX idx_orders_status ON orders (status);
