-- Passing change: correct two orders and one customer, each addressed by its primary key.

UPDATE orders SET status = 'cancelled', updated_at = NOW() WHERE id = 4711;

UPDATE orders SET total = 129.90, updated_at = NOW() WHERE id = 4712;

UPDATE customers SET country = 'AT', updated_at = NOW() WHERE id = 815;
