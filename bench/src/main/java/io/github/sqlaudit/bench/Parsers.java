package io.github.sqlaudit.bench;

import java.util.function.Function;

import org.apache.shardingsphere.sql.parser.api.CacheOption;
import org.apache.shardingsphere.sql.parser.api.SQLParserEngine;
import org.apache.shardingsphere.sql.parser.api.SQLStatementVisitorEngine;

import com.alibaba.druid.DbType;
import com.alibaba.druid.sql.SQLUtils;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * The three parsers under test, each from statement text to its own statement model: ours to {@link Statement}
 * (with DML/DDL facts), ShardingSphere's MySQL parser to its SQLStatement (parse + visitor, parse-tree cache off),
 * Druid's MySQL parser to its AST.
 */
final class Parsers {

    private Parsers() {
    }

    static Function<String, Object> create(String name) {
        return switch (name) {
            case "sqlaudit" -> {
                SqlParser parser = SqlParser.forDialect(Dialect.MYSQL);
                SourcePosition start = new SourcePosition(1, 1);
                yield text -> {
                    Statement statement = parser.parse(new ScriptChunk(0, text, start, start, ";", false));
                    if (!statement.ok()) {
                        throw new IllegalStateException(statement.error().orElseThrow().describe() + ": " + text);
                    }
                    return statement;
                };
            }
            case "shardingsphere" -> {
                SQLParserEngine engine = new SQLParserEngine("MySQL", new CacheOption(128, 1024));
                SQLStatementVisitorEngine visitor = new SQLStatementVisitorEngine("MySQL");
                yield text -> visitor.visit(engine.parse(text, false));
            }
            case "druid" -> text -> SQLUtils.parseStatements(text, DbType.mysql);
            default -> throw new IllegalArgumentException("unknown parser " + name);
        };
    }
}
