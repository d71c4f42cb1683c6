-- Warning: a backfill that works but reads whole tables; the reviewer should look at the numbers.

UPDATE orders
   SET updated_at = NOW()
 WHERE status = 'open'
   AND created_at < '2024-06-01';

DELETE FROM order_items WHERE order_id = 42;

SELECT c.email, SUM(o.total) AS revenue
  FROM customers c
  JOIN orders o ON o.customer_id = c.id
 WHERE c.country = 'DE'
 GROUP BY c.email
 ORDER BY revenue DESC;
