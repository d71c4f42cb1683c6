package io.github.sqlaudit.sql.mysql;

import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.TableRef;

/** Names and literal values as a reviewer reads them: unquoted, unescaped. */
final class Names {

    private Names() {
    }

    /** {@code `a``b`} → {@code a`b}; {@code "x"} → {@code x}; plain words unchanged. */
    static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            if (first == '`' && last == '`') {
                return text.substring(1, text.length() - 1).replace("``", "`");
            }
            if ((first == '"' || first == '\'') && last == first) {
                return unescape(text.substring(1, text.length() - 1), first);
            }
        }
        return text;
    }

    /** An identifier is always one token: its text, unquoted (cheaper than the context's getText()). */
    static String of(MySqlParser.IdentifierContext identifier) {
        return unquote(identifier.getStart().getText());
    }

    static String of(MySqlParser.DotIdentifierContext dot) {
        return unquote(dot.getStop().getText());
    }

    static TableRef table(MySqlParser.QualifiedNameContext name) {
        if (name.dotIdentifier() != null) {
            return TableRef.of(of(name.identifier()), of(name.dotIdentifier()));
        }
        return TableRef.of(of(name.identifier()));
    }

    static TableRef table(MySqlParser.TableNameContext name) {
        return table(name.qualifiedName());
    }

    static ColumnRef column(MySqlParser.ColumnRefContext column) {
        String first = of(column.identifier());
        var dots = column.dotIdentifier();
        if (dots.isEmpty()) {
            return ColumnRef.of(first);
        }
        if (dots.size() == 1) {
            return new ColumnRef(Optional.of(first), of(dots.get(0)));
        }
        return new ColumnRef(Optional.of(first + "." + of(dots.get(0))), of(dots.get(1)));
    }

    /** The value of a text literal: quotes removed, escapes resolved, adjacent strings joined, introducer dropped. */
    static String text(MySqlParser.TextLiteralContext literal) {
        StringBuilder value = new StringBuilder();
        for (ParseTree child : literal.children) {
            if (!(child instanceof TerminalNode node)) {
                continue;
            }
            Token token = node.getSymbol();
            String raw = token.getText();
            switch (token.getType()) {
                case MySqlLexer.STRING_LITERAL, MySqlLexer.DQ_STRING_LITERAL -> value.append(unquote(raw));
                case MySqlLexer.NATIONAL_STRING_LITERAL -> value.append(unquote(raw.substring(1)));
                default -> { } // the charset introducer, or a hex/bit literal after it
            }
        }
        return value.toString();
    }

    /** The exact source text of a rule, spaces and comments included. */
    static String source(ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return "";
        }
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    private static String unescape(String body, char quote) {
        if (body.indexOf('\\') < 0 && body.indexOf(quote) < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'b' -> '\b';
                    case 'Z' -> '\u001A';
                    default -> next; // \' \" \\ and the LIKE escapes \% \_ keep their character
                });
                if (next == '%' || next == '_') {
                    out.insert(out.length() - 1, '\\');
                }
            } else if (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
