/** Oracle (SQL, PL/SQL units, SQL*Plus scripts): the generated grammar's parser and the Statement facts built from it. */
package io.github.sqlaudit.sql.oracle;
