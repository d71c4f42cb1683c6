/**
 * The MySQL/MariaDB grammar's runtime side: two-stage parsing of one statement and the visitors that turn the
 * parse tree into the {@link io.github.sqlaudit.sql.Statement} model.
 */
package io.github.sqlaudit.sql.mysql;
