-- A release script as teams write them for SQL*Plus: settings, prompts, DDL, data fixes, PL/SQL units, checks.
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
WHENEVER OSERROR EXIT FAILURE
SET ECHO ON
SET SERVEROUTPUT ON SIZE UNLIMITED
SET TIMING ON
SPOOL release_42.log
DEFINE app_owner = APP

PROMPT === 1. tables ===
CREATE TABLE &&app_owner..order_status (
  code        VARCHAR2(10) CONSTRAINT order_status_pk PRIMARY KEY,
  description VARCHAR2(100) NOT NULL
);

ALTER TABLE &&app_owner..orders ADD (
  status_code VARCHAR2(10) DEFAULT 'NEW' NOT NULL,
  CONSTRAINT orders_status_fk FOREIGN KEY (status_code) REFERENCES &&app_owner..order_status (code)
);

CREATE INDEX &&app_owner..orders_status_ix ON &&app_owner..orders (status_code) ONLINE;

PROMPT === 2. data ===
INSERT INTO &&app_owner..order_status (code, description) VALUES ('NEW', 'New order');
INSERT INTO &&app_owner..order_status (code, description) VALUES ('PAID', q'[Paid; awaiting 'shipment']');

MERGE INTO &&app_owner..order_status s
USING (SELECT 'SHIPPED' code, 'Shipped' description FROM dual) n
   ON (s.code = n.code)
 WHEN MATCHED THEN UPDATE SET s.description = n.description
 WHEN NOT MATCHED THEN INSERT (code, description) VALUES (n.code, n.description);

UPDATE &&app_owner..orders
   SET status_code = 'PAID'
 WHERE paid_at IS NOT NULL;

COMMIT;

PROMPT === 3. code ===
CREATE OR REPLACE PACKAGE &&app_owner..order_api AUTHID DEFINER AS
  -- a comment with a slash
  -- /
  PROCEDURE set_status (p_order_id IN NUMBER, p_status IN VARCHAR2);
  FUNCTION status_of (p_order_id IN NUMBER) RETURN VARCHAR2;
END order_api;
/

CREATE OR REPLACE PACKAGE BODY &&app_owner..order_api AS
  PROCEDURE set_status (p_order_id IN NUMBER, p_status IN VARCHAR2) IS
  BEGIN
    UPDATE orders SET status_code = p_status WHERE order_id = p_order_id;
    IF SQL%ROWCOUNT = 0 THEN
      RAISE_APPLICATION_ERROR(-20404, 'order ' || p_order_id || ' not found');
    END IF;
  END set_status;

  FUNCTION status_of (p_order_id IN NUMBER) RETURN VARCHAR2 IS
    v_status orders.status_code%TYPE;
  BEGIN
    SELECT status_code INTO v_status FROM orders WHERE order_id = p_order_id;
    RETURN v_status;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN NULL;
  END status_of;
END order_api;
/

SHOW ERRORS

DECLARE
  v_count PLS_INTEGER;
BEGIN
  SELECT COUNT(*) INTO v_count FROM user_objects WHERE status = 'INVALID';
  IF v_count > 0 THEN
    DBMS_OUTPUT.PUT_LINE(v_count || ' invalid objects');
    DBMS_UTILITY.COMPILE_SCHEMA(schema => USER, compile_all => FALSE);
  END IF;
END;
/

EXEC DBMS_STATS.GATHER_TABLE_STATS(ownname => '&&app_owner', tabname => 'ORDERS');

GRANT EXECUTE ON &&app_owner..order_api TO app_role;

SPOOL OFF
EXIT
