package io.github.sqlaudit.sql;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader with a little lookahead that knows the line and column of the next character. The splitters read
 * scripts through it, so a script is never held in memory as a whole.
 */
final class ScriptSource {

    static final int EOF = -1;
    private static final char BOM = '\uFEFF';

    private final Reader reader;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private boolean exhausted;
    private boolean started;
    private int line = 1;
    private int column = 1;

    ScriptSource(Reader reader) {
        this.reader = reader;
    }

    /** The character {@code ahead} places after the next one (0 = the next one), or {@link #EOF}. */
    int peek(int ahead) {
        if (position + ahead >= limit && !fill(ahead + 1)) {
            return EOF;
        }
        return buffer[position + ahead];
    }

    int read() {
        int c = peek(0);
        if (c == EOF) {
            return EOF;
        }
        position++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /** True when the next characters are exactly {@code text}. */
    boolean startsWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (peek(i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the next characters are {@code word} in any case. */
    boolean startsWithIgnoreCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            int c = peek(i);
            if (c == EOF || Character.toLowerCase((char) c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Line of the next character. */
    int line() {
        return line;
    }

    /** Column of the next character. */
    int column() {
        return column;
    }

    SourcePosition position() {
        return new SourcePosition(line, column);
    }

    /** Makes at least {@code needed} characters available from {@link #position}, unless the input ends first. */
    private boolean fill(int needed) {
        if (needed > buffer.length) {
            throw new IllegalArgumentException("lookahead of " + needed + " characters is more than the buffer holds");
        }
        while (limit - position < needed) {
            if (exhausted) {
                return false;
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            int read;
            try {
                read = reader.read(buffer, limit, buffer.length - limit);
            } catch (IOException e) {
                throw new ScriptReadException(line, e);
            }
            if (read < 0) {
                exhausted = true;
                return limit - position >= needed;
            }
            limit += read;
            if (!started && limit > 0) {
                started = true;
                if (buffer[0] == BOM) {
                    position = 1; // a UTF-8 byte-order mark is not part of the script
                }
            }
        }
        return true;
    }
}
