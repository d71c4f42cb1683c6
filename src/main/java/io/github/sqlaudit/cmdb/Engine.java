package io.github.sqlaudit.cmdb;

/** The database engines a data service can run. */
public enum Engine {
    MYSQL,
    MARIADB,
    ORACLE
}
