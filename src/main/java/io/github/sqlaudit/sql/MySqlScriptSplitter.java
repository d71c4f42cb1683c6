package io.github.sqlaudit.sql;

import java.io.Reader;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Splits MySQL and MariaDB scripts as the {@code mysql}/{@code mariadb} command-line client does: statements end
 * at the current delimiter ({@code ;} until a {@code DELIMITER} command changes it), at {@code \G} or {@code \g};
 * delimiters inside quotes ({@code '}, {@code "}, backticks, with backslash escapes and doubling) and comments
 * ({@code --}, {@code #}, {@code /* *}{@code /}) do not count; versioned comments ({@code /*!80000 ... *}{@code /},
 * and MariaDB's {@code /*M! ... *}{@code /}) are code, as the client treats them; client commands at the start of
 * a statement ({@code DELIMITER}, {@code SOURCE}, {@code \.}, {@code USE} ...) end at the end of their line.
 */
final class MySqlScriptSplitter implements ScriptSplitter {

    /** The client's named commands that may start a statement and end with their line (mysql "help" list). */
    private static final Set<String> CLIENT_COMMANDS = Set.of(
            "delimiter", "source", "use", "charset", "connect", "quit", "exit", "go", "ego", "status", "tee",
            "notee", "warnings", "nowarning", "system", "rehash", "prompt", "pager", "nopager", "print", "edit",
            "clear", "resetconnection", "query_attributes");

    private final Dialect dialect;

    MySqlScriptSplitter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Iterator<ScriptChunk> split(Reader script) {
        return new Cutter(new ScriptSource(script), dialect);
    }

    private static final class Cutter implements Iterator<ScriptChunk> {

        private final ScriptSource in;
        private final Dialect dialect;
        private String delimiter = ";";
        private int index;
        private ScriptChunk next;
        private boolean finished;

        // The statement being cut.
        private final StringBuilder text = new StringBuilder();
        private int significantLength;
        private SourcePosition start;
        private SourcePosition end;

        Cutter(ScriptSource in, Dialect dialect) {
            this.in = in;
            this.dialect = dialect;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = cut();
                finished = next == null;
            }
            return next != null;
        }

        @Override
        public ScriptChunk next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ScriptChunk chunk = next;
            next = null;
            return chunk;
        }

        private ScriptChunk cut() {
            while (true) {
                int c = in.peek(0);
                if (c == ScriptSource.EOF) {
                    return text.isEmpty() ? null : chunk("", false);
                }
                if (text.isEmpty()) {
                    if (Character.isWhitespace(c)) {
                        in.read();
                        continue;
                    }
                    if (skipCommentBetweenStatements()) {
                        continue;
                    }
                    ScriptChunk command = clientCommand();
                    if (command != null) {
                        return command;
                    }
                    if (in.startsWith(delimiter)) {
                        consume(delimiter.length(), false); // an empty statement
                        continue;
                    }
                }
                if (in.startsWith(delimiter)) {
                    consume(delimiter.length(), false);
                    return chunk(delimiter, false);
                }
                if (c == '\\') {
                    int command = in.peek(1);
                    if (command == 'G' || command == 'g') {
                        consume(2, false);
                        return chunk("\\" + (char) command, false);
                    }
                    if (command == 'c') { // the client's "clear": the statement so far is dropped
                        consume(2, false);
                        reset();
                        continue;
                    }
                }
                switch (c) {
                    case '\'', '"' -> copyQuoted((char) c, true);
                    case '`' -> copyQuoted('`', false);
                    case '#' -> copyLineComment();
                    case '-' -> {
                        if (isDashComment()) {
                            copyLineComment();
                        } else {
                            copy();
                        }
                    }
                    case '/' -> copySlash();
                    default -> copy();
                }
            }
        }

        // ---- client commands

        /** A client command at the start of a statement, or null. */
        private ScriptChunk clientCommand() {
            if (dialect == Dialect.MARIADB && in.startsWith("/*M!")) {
                return executableClientCommand();
            }
            if (in.peek(0) == '\\') {
                int c = in.peek(1);
                if (c == '.' || c == 'd' || c == 'u' || c == '!') {
                    return commandLine(c == 'd', c != 'u');
                }
                return null;
            }
            for (String word : CLIENT_COMMANDS) {
                if (in.startsWithIgnoreCase(word) && endsWord(word.length())) {
                    boolean isDelimiter = word.equals("delimiter");
                    // USE is also a server statement: the parser reads it (kind USE); the others never reach the server.
                    return commandLine(isDelimiter, !word.equals("use"));
                }
            }
            return null;
        }

        /**
         * MariaDB dumps open with {@code /*M!999999\\- enable the sandbox mode *}{@code /}: a client command inside
         * an executable comment, with no terminator after it.
         */
        private ScriptChunk executableClientCommand() {
            int i = 4;
            while (Character.isDigit(in.peek(i))) {
                i++;
            }
            if (in.peek(i) != '\\') {
                return null;
            }
            start = in.position();
            while (in.peek(0) != ScriptSource.EOF && !(in.peek(0) == '*' && in.peek(1) == '/')) {
                copy();
            }
            consume(2, true);
            return chunk("", true);
        }

        private boolean endsWord(int length) {
            int after = in.peek(length);
            return after == ScriptSource.EOF || Character.isWhitespace(after) || after == ';'
                    || (!delimiter.isEmpty() && after == delimiter.charAt(0));
        }

        /**
         * Reads a client command to the end of its line (DELIMITER always; the others stop earlier at the
         * delimiter, as the client does).
         */
        private ScriptChunk commandLine(boolean isDelimiterCommand, boolean clientOnly) {
            start = in.position();
            String usedDelimiter = "";
            while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                if (!isDelimiterCommand && in.startsWith(delimiter)) {
                    consume(delimiter.length(), false);
                    usedDelimiter = delimiter;
                    break;
                }
                copy();
            }
            // A trailing carriage return (CRLF files) is not part of the command.
            ScriptChunk chunk = chunk(usedDelimiter, clientOnly);
            if (isDelimiterCommand) {
                changeDelimiter(chunk.text());
            }
            return chunk;
        }

        private void changeDelimiter(String command) {
            String[] parts = command.trim().split("\\s+", 3);
            if (parts.length < 2) {
                return; // "DELIMITER" alone: the client complains and keeps the old one
            }
            String value = parts[1];
            if (value.length() > 1 && (value.startsWith("'") && value.endsWith("'")
                    || value.startsWith("\"") && value.endsWith("\"") || value.startsWith("`") && value.endsWith("`"))) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                delimiter = value;
            }
        }

        // ---- comments and quotes

        private boolean isDashComment() {
            if (in.peek(0) != '-' || in.peek(1) != '-') {
                return false;
            }
            int after = in.peek(2);
            return after == ScriptSource.EOF || after <= ' ';
        }

        /** Comments before a statement are not part of it; versioned comments and hints start one. */
        private boolean skipCommentBetweenStatements() {
            int c = in.peek(0);
            if (c == '#' || isDashComment()) {
                while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                    in.read();
                }
                return true;
            }
            if (c == '/' && in.peek(1) == '*' && !isExecutableComment() && in.peek(2) != '+') {
                in.read();
                in.read();
                while (in.peek(0) != ScriptSource.EOF && !(in.peek(0) == '*' && in.peek(1) == '/')) {
                    in.read();
                }
                in.read();
                in.read();
                return true;
            }
            return false;
        }

        /** {@code /*!} always; {@code /*M!} for MariaDB only (MySQL reads it as a plain comment). */
        private boolean isExecutableComment() {
            if (in.peek(0) != '/' || in.peek(1) != '*') {
                return false;
            }
            return in.peek(2) == '!' || dialect == Dialect.MARIADB && in.peek(2) == 'M' && in.peek(3) == '!';
        }

        private void copySlash() {
            if (in.peek(1) != '*') {
                copy();
                return;
            }
            if (isExecutableComment()) {
                consume(in.peek(2) == 'M' ? 4 : 3, true); // its content is code: delimiters in it count
                return;
            }
            // A plain comment or an optimizer hint: copied, delimiters inside do not count.
            boolean hint = in.peek(2) == '+';
            consume(2, hint);
            while (in.peek(0) != ScriptSource.EOF && !(in.peek(0) == '*' && in.peek(1) == '/')) {
                consume(1, hint);
            }
            consume(2, hint);
        }

        private void copyLineComment() {
            while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                consume(1, false);
            }
        }

        private void copyQuoted(char quote, boolean backslashEscapes) {
            copy();
            while (true) {
                int c = in.peek(0);
                if (c == ScriptSource.EOF) {
                    return; // unterminated: the parser reports it
                }
                copy();
                if (c == '\\' && backslashEscapes) {
                    if (in.peek(0) != ScriptSource.EOF) {
                        copy();
                    }
                } else if (c == quote) {
                    if (in.peek(0) == quote) {
                        copy(); // doubled quote
                    } else {
                        return;
                    }
                }
            }
        }

        // ---- the statement buffer

        private void copy() {
            consume(1, true);
        }

        /** Moves {@code count} characters from the input to the statement ({@code significant}: code, not a comment). */
        private void consume(int count, boolean significant) {
            for (int i = 0; i < count; i++) {
                SourcePosition at = significant || text.isEmpty() ? in.position() : null;
                int c = in.read();
                if (c == ScriptSource.EOF) {
                    return;
                }
                if (!significant) {
                    if (!text.isEmpty()) {
                        text.append((char) c);
                    }
                    continue;
                }
                if (text.isEmpty()) {
                    start = at;
                }
                text.append((char) c);
                if (!Character.isWhitespace(c)) {
                    significantLength = text.length();
                    end = at;
                }
            }
        }

        private ScriptChunk chunk(String usedDelimiter, boolean clientCommand) {
            if (significantLength == 0) {
                reset();
                return cut();
            }
            ScriptChunk chunk = new ScriptChunk(index++, text.substring(0, significantLength), start, end,
                    usedDelimiter, clientCommand);
            reset();
            return chunk;
        }

        private void reset() {
            text.setLength(0);
            significantLength = 0;
            start = null;
            end = null;
        }
    }

    @Override
    public String toString() {
        return "MySqlScriptSplitter[" + dialect.name().toLowerCase(Locale.ROOT) + "]";
    }
}
