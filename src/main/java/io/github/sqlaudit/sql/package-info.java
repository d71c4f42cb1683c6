/**
 * Script splitting and ANTLR parsing of SQL change scripts into a dialect-neutral {@link io.github.sqlaudit.sql.Statement} model.
 */
package io.github.sqlaudit.sql;
