-- Blocking: a clean-up written in a hurry. Two statements would change every row of their table.

DELETE FROM payments;

UPDATE customers SET country = 'DE' WHERE 1 = 1;

INSERT INTO orders (customer_id, status, total, created_at, updated_at)
VALUES (1, 'open', 10.00, NOW(), NOW());
