package io.github.sqlaudit.sql;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Splits Oracle scripts as SQL*Plus reads them (SQL*Plus User's Guide, "Entering and Executing Commands"), streaming:
 * <ul>
 *   <li>SQL statements end at the SQL terminator ({@code ;} unless {@code SET SQLTERMINATOR} changes or disables
 *       it), at a line holding only {@code /}, or at a blank line while {@code SET SQLBLANKLINES} is OFF (the
 *       default);</li>
 *   <li>PL/SQL units ({@code CREATE [OR REPLACE] [EDITIONABLE|NONEDITIONABLE] PROCEDURE / FUNCTION / PACKAGE [BODY] /
 *       TRIGGER / TYPE [BODY] / LIBRARY / JAVA}, {@code DECLARE} and {@code BEGIN} blocks, {@code WITH FUNCTION}
 *       queries) end only at a line holding only {@code /} (or {@code .}); their {@code ;} and blank lines are
 *       part of them;</li>
 *   <li>a {@code /} line with nothing new in the buffer runs the previous statement again: not a new statement, but
 *       a client command {@code /} of its own, so that the review and the executor see the second run;</li>
 *   <li>SQL*Plus commands (SET, PROMPT, REM, DEFINE, {@code @}, {@code @@}, SPOOL, WHENEVER, EXEC, ...) at the start
 *       of a statement are client commands ending with their line (a trailing {@code -} continues it);</li>
 *   <li>terminators and {@code /} lines inside quotes ({@code '...'}, {@code "..."}, q-quotes {@code q'[...]'} with
 *       any delimiter) and comments ({@code --}, {@code /* *}{@code /}) do not count.</li>
 * </ul>
 * SQL*Plus keeps (but does not run) a statement ended by a blank line; it is still cut as a chunk here, so that the
 * review sees every statement the script holds, with an empty delimiter (as at the end of a script, where SQL*Plus
 * does not run the buffer either). When the next line that is not blank holds only {@code /}, that line runs the
 * kept statement: the chunk then ends with it (delimiter {@code /}) and the line is not read as a re-run.
 */
final class OracleScriptSplitter implements ScriptSplitter {

    /** How far past a blank line the splitter looks for the {@code /} line that would run the statement. */
    private static final int LOOKAHEAD_LIMIT = 4096;

    /** SQL*Plus commands: full name and the shortest abbreviation SQL*Plus accepts (User's Guide, command reference). */
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"ACCEPT", "ACC"}, new String[] {"APPEND", "APPEND"}, new String[] {"ARCHIVE", "ARCHIVE"},
            new String[] {"ATTRIBUTE", "ATTR"}, new String[] {"BREAK", "BRE"}, new String[] {"BTITLE", "BTI"},
            new String[] {"CHANGE", "CHANGE"}, new String[] {"CLEAR", "CL"}, new String[] {"COLUMN", "COL"},
            new String[] {"COMPUTE", "COMP"}, new String[] {"CONNECT", "CONN"}, new String[] {"COPY", "COPY"},
            new String[] {"DEFINE", "DEF"}, new String[] {"DEL", "DEL"}, new String[] {"DESCRIBE", "DESC"},
            new String[] {"DISCONNECT", "DISC"}, new String[] {"EDIT", "ED"}, new String[] {"EXECUTE", "EXEC"},
            new String[] {"EXIT", "EXIT"}, new String[] {"GET", "GET"}, new String[] {"HELP", "HELP"},
            new String[] {"HISTORY", "HIST"}, new String[] {"HOST", "HO"}, new String[] {"INPUT", "INPUT"},
            new String[] {"LIST", "LIST"}, new String[] {"PASSWORD", "PASSW"}, new String[] {"PAUSE", "PAU"},
            new String[] {"PRINT", "PRI"}, new String[] {"PROMPT", "PRO"}, new String[] {"QUIT", "QUIT"},
            new String[] {"RECOVER", "RECOVER"}, new String[] {"REMARK", "REM"}, new String[] {"REPFOOTER", "REPF"},
            new String[] {"REPHEADER", "REPH"}, new String[] {"RUN", "RUN"}, new String[] {"SAVE", "SAV"},
            new String[] {"SET", "SET"}, new String[] {"SHOW", "SHO"}, new String[] {"SHUTDOWN", "SHUTDOWN"},
            new String[] {"SPOOL", "SPO"}, new String[] {"START", "STA"}, new String[] {"STARTUP", "STARTUP"},
            new String[] {"STORE", "STORE"}, new String[] {"TIMING", "TIMI"}, new String[] {"TTITLE", "TTI"},
            new String[] {"UNDEFINE", "UNDEF"}, new String[] {"VARIABLE", "VAR"}, new String[] {"WHENEVER", "WHENEVER"},
            new String[] {"XQUERY", "XQUERY"});

    /** {@code SET ROLE}, {@code SET TRANSACTION} and {@code SET CONSTRAINT(S)} are SQL, not SQL*Plus SET. */
    private static final Set<String> SQL_SET_TARGETS = Set.of("ROLE", "TRANSACTION", "CONSTRAINT", "CONSTRAINTS");

    private static final Set<String> PLSQL_UNITS = Set.of("PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE",
            "LIBRARY", "JAVA");

    @Override
    public Iterator<ScriptChunk> split(Reader script) {
        return new Cutter(new ScriptSource(script));
    }

    /** Is the statement being read SQL (ends at the terminator) or a PL/SQL unit (ends at {@code /})? */
    private enum Mode { UNDECIDED, SQL, PLSQL }

    private static final class Cutter implements Iterator<ScriptChunk> {

        private final ScriptSource in;
        private int index;
        private ScriptChunk next;
        private boolean finished;

        // SQL*Plus settings changed by SET commands.
        private int terminator = ';'; // -1: SET SQLTERMINATOR OFF
        private boolean blankLinesAllowed;

        // The statement being cut.
        private final StringBuilder text = new StringBuilder();
        private int significantLength;
        private SourcePosition start;
        private SourcePosition end;
        private Mode mode = Mode.UNDECIDED;
        private final List<String> leadingWords = new ArrayList<>();

        Cutter(ScriptSource in) {
            this.in = in;
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
                    return significantLength == 0 ? null : chunk("");
                }
                if (in.column() == 1) {
                    if (lineHoldsOnly('/')) {
                        if (significantLength == 0) {
                            // "/" after a finished statement runs it again: no new statement, but a command the
                            // review and the executor must see (an INSERT would insert twice).
                            return commandLine("/");
                        }
                        skipLine();
                        return chunk("/");
                    }
                    if (significantLength > 0 && lineHoldsOnly('.')) {
                        skipLine(); // ends the entry of the buffer (SQL*Plus keeps it without running it)
                        return chunk(".");
                    }
                    if (significantLength > 0 && mode != Mode.PLSQL && !blankLinesAllowed && lineIsBlank()) {
                        return chunk(skipBlankLinesToSlash() ? "/" : "");
                    }
                }
                if (significantLength == 0) {
                    if (Character.isWhitespace(c)) {
                        consume(1, false);
                        continue;
                    }
                    if (skipCommentBetweenStatements()) {
                        continue;
                    }
                    ScriptChunk command = clientCommand();
                    if (command != null) {
                        return command;
                    }
                    if (in.startsWith("<<")) {
                        mode = Mode.PLSQL; // a labelled block: <<name>> DECLARE/BEGIN ...
                    }
                }
                if (c == terminator && mode != Mode.PLSQL) {
                    consume(1, false);
                    if (significantLength == 0) {
                        reset(); // an empty statement
                        continue;
                    }
                    return chunk(String.valueOf((char) c));
                }
                copyToken(c);
            }
        }

        // ---- lines

        /** The line from here holds only {@code mark}, blanks around it. */
        private boolean lineHoldsOnly(char mark) {
            int i = skipBlanks(0);
            if (in.peek(i) != mark) {
                return false;
            }
            i = skipBlanks(i + 1);
            int c = in.peek(i);
            return c == ScriptSource.EOF || c == '\n';
        }

        /**
         * After a blank line has ended a SQL statement (SQLBLANKLINES OFF): SQL*Plus keeps the statement in its buffer
         * without running it, and a later line holding only {@code /} runs it. When the next line that is not blank
         * is such a line, reads through it and returns true (the statement runs); otherwise reads nothing.
         */
        private boolean skipBlankLinesToSlash() {
            int i = 0;
            while (i < LOOKAHEAD_LIMIT) {
                int lineStart = i;
                i = skipBlanks(i);
                int c = in.peek(i);
                if (c == '\n') {
                    i++;
                    continue;
                }
                if (c != '/') {
                    return false;
                }
                i = skipBlanks(i + 1);
                c = in.peek(i);
                if (c != '\n' && c != ScriptSource.EOF) {
                    return false;
                }
                for (int blank = 0; blank < lineStart; blank++) {
                    in.read(); // the blank lines before the "/" line
                }
                skipLine();
                return true;
            }
            return false;
        }

        private boolean lineIsBlank() {
            int c = in.peek(skipBlanks(0));
            return c == '\n' || c == ScriptSource.EOF;
        }

        private int skipBlanks(int from) {
            int i = from;
            while (in.peek(i) == ' ' || in.peek(i) == '\t' || in.peek(i) == '\r' || in.peek(i) == '\f') {
                i++;
            }
            return i;
        }

        private void skipLine() {
            while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                in.read();
            }
            in.read();
        }

        // ---- SQL*Plus commands

        /** A SQL*Plus command at the start of a statement, or null. */
        private ScriptChunk clientCommand() {
            int c = in.peek(0);
            if (c == '@' || c == '!') {
                return commandLine("");
            }
            String word = peekWord(0).toUpperCase(Locale.ROOT);
            if (word.isEmpty() || !isCommand(word)) {
                return null;
            }
            if (word.equals("SET") && SQL_SET_TARGETS.contains(peekWord(skipBlanks(3)).toUpperCase(Locale.ROOT))) {
                return null;
            }
            return commandLine(word);
        }

        private static boolean isCommand(String word) {
            for (String[] command : COMMANDS) {
                if (word.length() >= command[1].length() && command[0].startsWith(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The identifier-like word starting {@code ahead} characters from here (empty when none). */
        private String peekWord(int ahead) {
            StringBuilder word = new StringBuilder();
            int i = ahead;
            while (isWordChar(in.peek(i)) && word.length() < 64) {
                word.append((char) in.peek(i++));
            }
            return word.toString();
        }

        /** Reads a command to the end of its line; a line ending in {@code -} continues on the next one. */
        private ScriptChunk commandLine(String word) {
            while (in.peek(0) != ScriptSource.EOF) {
                if (in.peek(0) == '\n') {
                    if (significantLength == 0 || text.charAt(significantLength - 1) != '-'
                            || word.startsWith("REM")) {
                        break;
                    }
                }
                consume(1, true);
            }
            ScriptChunk chunk = new ScriptChunk(index++, text.substring(0, significantLength), start, end, "", true);
            reset();
            if (word.equals("SET")) {
                applySet(chunk.text());
            }
            return chunk;
        }

        /** Follows the SET options that change how statements end. */
        private void applySet(String command) {
            String[] parts = command.trim().split("\\s+");
            for (int i = 1; i + 1 < parts.length; i += 2) {
                String option = parts[i].toUpperCase(Locale.ROOT);
                String value = parts[i + 1].endsWith(";") && parts[i + 1].length() > 1
                        ? parts[i + 1].substring(0, parts[i + 1].length() - 1) : parts[i + 1];
                String upper = value.toUpperCase(Locale.ROOT);
                if (option.length() >= 4 && "SQLTERMINATOR".startsWith(option)) {
                    if (upper.equals("OFF")) {
                        terminator = -1;
                    } else if (upper.equals("ON")) {
                        terminator = ';';
                    } else if (value.length() == 1) {
                        terminator = value.charAt(0);
                    } else if (value.length() == 3 && value.charAt(0) == '"' || value.length() == 3 && value.charAt(0) == '\'') {
                        terminator = value.charAt(1);
                    }
                } else if (option.length() >= 5 && "SQLBLANKLINES".startsWith(option)) {
                    blankLinesAllowed = upper.equals("ON");
                }
            }
        }

        // ---- comments, quotes and words

        private boolean skipCommentBetweenStatements() {
            if (in.peek(0) == '-' && in.peek(1) == '-') {
                while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                    in.read();
                }
                return true;
            }
            if (in.peek(0) == '/' && in.peek(1) == '*') {
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

        private void copyToken(int c) {
            if (c == '-' && in.peek(1) == '-') {
                while (in.peek(0) != ScriptSource.EOF && in.peek(0) != '\n') {
                    consume(1, false);
                }
            } else if (c == '/' && in.peek(1) == '*') {
                boolean hint = in.peek(2) == '+';
                consume(2, hint);
                while (in.peek(0) != ScriptSource.EOF && !(in.peek(0) == '*' && in.peek(1) == '/')) {
                    consume(1, hint);
                }
                consume(2, hint);
            } else if (c == '\'' || c == '"') {
                copyQuoted((char) c);
            } else if (isQQuote()) {
                copyQQuote();
            } else if (isWordChar(c) && !Character.isDigit(c) && c != terminator) {
                copyWord();
            } else {
                consume(1, true);
            }
        }

        /** {@code q'x...x'} or {@code nq'x...x'}, as a word starts (not inside an identifier). */
        private boolean isQQuote() {
            int c = in.peek(0);
            if ((c == 'q' || c == 'Q') && in.peek(1) == '\'') {
                return true;
            }
            return (c == 'n' || c == 'N') && (in.peek(1) == 'q' || in.peek(1) == 'Q') && in.peek(2) == '\'';
        }

        private void copyQQuote() {
            while (in.peek(0) != '\'') {
                consume(1, true);
            }
            consume(1, true);
            int open = in.peek(0);
            if (open == ScriptSource.EOF) {
                return;
            }
            consume(1, true);
            int close = switch (open) {
                case '[' -> ']';
                case '{' -> '}';
                case '(' -> ')';
                case '<' -> '>';
                default -> open;
            };
            while (in.peek(0) != ScriptSource.EOF && !(in.peek(0) == close && in.peek(1) == '\'')) {
                consume(1, true);
            }
            consume(2, true); // unterminated: the parser reports it
        }

        private void copyQuoted(char quote) {
            consume(1, true);
            while (in.peek(0) != ScriptSource.EOF) {
                int c = in.peek(0);
                consume(1, true);
                if (c == quote) {
                    if (in.peek(0) != quote) {
                        return;
                    }
                    consume(1, true); // doubled quote
                }
            }
        }

        private void copyWord() {
            StringBuilder word = new StringBuilder();
            while (isWordChar(in.peek(0)) && in.peek(0) != terminator) {
                word.append((char) in.peek(0));
                consume(1, true);
            }
            if (mode == Mode.UNDECIDED) {
                leadingWords.add(word.toString().toUpperCase(Locale.ROOT));
                mode = decideMode();
            }
        }

        /** PL/SQL units end at "/" only; everything else at the SQL terminator. Undecided while the words allow both. */
        private Mode decideMode() {
            String first = leadingWords.get(0);
            int n = leadingWords.size();
            String last = leadingWords.get(n - 1);
            if (first.equals("DECLARE") || first.equals("BEGIN")) {
                return Mode.PLSQL;
            }
            if (first.equals("WITH")) {
                return n == 1 ? Mode.UNDECIDED
                        : last.equals("FUNCTION") || last.equals("PROCEDURE") ? Mode.PLSQL : Mode.SQL;
            }
            if (!first.equals("CREATE")) {
                return Mode.SQL;
            }
            if (PLSQL_UNITS.contains(last)) {
                return Mode.PLSQL;
            }
            boolean prefix = n == 1 || last.equals("OR") || last.equals("REPLACE") || last.equals("EDITIONABLE")
                    || last.equals("NONEDITIONABLE") || last.equals("AND") || last.equals("COMPILE")
                    || last.equals("RESOLVE") || last.equals("NOFORCE") || last.equals("SHARING")
                    || last.equals("EDITIONING");
            return prefix && n < 8 ? Mode.UNDECIDED : Mode.SQL;
        }

        private static boolean isWordChar(int c) {
            return c != ScriptSource.EOF && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#');
        }

        // ---- the statement buffer

        /** Moves {@code count} characters from the input to the statement ({@code significant}: code, not a comment). */
        private void consume(int count, boolean significant) {
            for (int i = 0; i < count; i++) {
                SourcePosition at = in.position();
                int c = in.read();
                if (c == ScriptSource.EOF) {
                    return;
                }
                if (significantLength == 0 && (!significant || Character.isWhitespace(c))) {
                    continue; // nothing before the first significant character belongs to the statement
                }
                if (significantLength == 0) {
                    start = at;
                }
                text.append((char) c);
                if (significant && !Character.isWhitespace(c)) {
                    significantLength = text.length();
                    end = at;
                }
            }
        }

        private ScriptChunk chunk(String usedDelimiter) {
            ScriptChunk chunk = new ScriptChunk(index++, text.substring(0, significantLength), start, end,
                    usedDelimiter, false);
            reset();
            return chunk;
        }

        private void reset() {
            text.setLength(0);
            significantLength = 0;
            start = null;
            end = null;
            mode = Mode.UNDECIDED;
            leadingWords.clear();
        }
    }

    @Override
    public String toString() {
        return "OracleScriptSplitter";
    }
}
