-- The demo shop on the embedded MariaDB: what `sqlaudit audit --target embedded` reviews against.
-- Realistic sizes and deliberately uneven indexing, so plans differ: orders.status and
-- order_items.order_id have no index, payments has no primary key.
-- Rows are generated with MariaDB's SEQUENCE engine (seq_1_to_N), so loading takes seconds.

CREATE TABLE customers (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'customer number',
  email       VARCHAR(190) NOT NULL COMMENT 'login and contact address',
  full_name   VARCHAR(120) NOT NULL COMMENT 'name as entered at sign-up',
  country     CHAR(2)      NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  created_at  DATETIME     NOT NULL COMMENT 'sign-up time',
  updated_at  DATETIME     NOT NULL COMMENT 'last change',
  PRIMARY KEY (id),
  UNIQUE KEY uk_customers_email (email),
  KEY idx_customers_country (country)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='shop customers';

CREATE TABLE orders (
  id           INT UNSIGNED  NOT NULL AUTO_INCREMENT COMMENT 'order number',
  customer_id  INT UNSIGNED  NOT NULL COMMENT 'who ordered',
  status       VARCHAR(20)   NOT NULL COMMENT 'open, paid, shipped, cancelled',
  total        DECIMAL(12,2) NOT NULL COMMENT 'order total in EUR',
  created_at   DATETIME      NOT NULL COMMENT 'order time',
  updated_at   DATETIME      NOT NULL COMMENT 'last change',
  PRIMARY KEY (id),
  KEY idx_orders_customer (customer_id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='orders, one per checkout';

CREATE TABLE order_items (
  id          INT UNSIGNED  NOT NULL AUTO_INCREMENT COMMENT 'line number',
  order_id    INT UNSIGNED  NOT NULL COMMENT 'the order (not indexed: a known gap)',
  sku         VARCHAR(32)   NOT NULL COMMENT 'product code',
  quantity    SMALLINT      NOT NULL COMMENT 'pieces',
  unit_price  DECIMAL(10,2) NOT NULL COMMENT 'price per piece in EUR',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='order lines';

CREATE TABLE payments (
  order_id  INT UNSIGNED  NOT NULL COMMENT 'the order paid',
  amount    DECIMAL(12,2) NOT NULL COMMENT 'amount in EUR',
  method    VARCHAR(16)   NOT NULL COMMENT 'card, transfer, invoice',
  paid_at   DATETIME      NOT NULL COMMENT 'booking time'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='payments (no primary key: a known gap)';

INSERT INTO customers (email, full_name, country, created_at, updated_at)
SELECT CONCAT('customer', seq, '@example.com'), CONCAT('Customer ', seq),
       ELT(1 + seq % 6, 'DE', 'FR', 'IT', 'ES', 'NL', 'AT'),
       '2024-01-01' + INTERVAL (seq % 700) DAY, '2025-06-01' + INTERVAL (seq % 90) DAY
FROM seq_1_to_20000;

INSERT INTO orders (customer_id, status, total, created_at, updated_at)
SELECT 1 + (seq * 7919) % 20000, ELT(1 + seq % 10, 'open', 'paid', 'paid', 'shipped', 'shipped', 'shipped',
       'shipped', 'shipped', 'cancelled', 'paid'),
       ROUND(5 + (seq * 37) % 995 + (seq % 100) / 100, 2),
       '2024-03-01' + INTERVAL (seq % 600) DAY, '2025-07-01' + INTERVAL (seq % 60) DAY
FROM seq_1_to_60000;

INSERT INTO order_items (order_id, sku, quantity, unit_price)
SELECT 1 + seq % 60000, CONCAT('SKU-', LPAD(seq % 2500, 5, '0')), 1 + seq % 4, ROUND(2 + (seq * 13) % 400, 2)
FROM seq_1_to_150000;

INSERT INTO payments (order_id, amount, method, paid_at)
SELECT o.id, o.total, ELT(1 + o.id % 3, 'card', 'transfer', 'invoice'), o.created_at + INTERVAL 1 DAY
FROM orders o WHERE o.status IN ('paid', 'shipped');

ANALYZE TABLE customers, orders, order_items, payments;
