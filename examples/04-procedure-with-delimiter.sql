-- A stored procedure as the mysql client reads it: DELIMITER changes, a compound body.

DELIMITER $$
CREATE PROCEDURE close_stale_orders(IN days INT)
BEGIN
  DECLARE closed INT DEFAULT 0;
  UPDATE orders SET status = 'cancelled', updated_at = NOW()
   WHERE status = 'open' AND created_at < NOW() - INTERVAL days DAY;
  SET closed = ROW_COUNT();
  SELECT closed AS orders_closed;
END$$
DELIMITER ;

CALL close_stale_orders(365);
