package io.github.sqlaudit.sql;

import java.io.Reader;
import java.util.Iterator;

/**
 * Cuts a script into statements the way the dialect's command-line client does, streaming: the reader is consumed
 * as the iterator advances and only the current statement is held in memory.
 *
 * <p>Each dialect has its own implementation (MySQL/MariaDB: {@code ;}, {@code DELIMITER}, {@code \G}, client
 * commands; Oracle: SQL*Plus {@code /} and commands).
 */
public interface ScriptSplitter {

    /**
     * The chunks of the script, in order. Reading failures (including bytes that do not decode) surface from
     * {@link Iterator#hasNext()} as a {@link ScriptReadException} naming the line.
     */
    Iterator<ScriptChunk> split(Reader script);

    static ScriptSplitter forDialect(Dialect dialect) {
        return switch (dialect) {
            case MYSQL, MARIADB -> new MySqlScriptSplitter(dialect);
            case ORACLE -> new OracleScriptSplitter();
        };
    }
}
