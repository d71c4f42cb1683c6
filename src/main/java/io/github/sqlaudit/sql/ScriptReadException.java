package io.github.sqlaudit.sql;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/** A script could not be read; the message names the line where reading stopped and why. */
public final class ScriptReadException extends RuntimeException {

    private final int line;

    public ScriptReadException(int line, IOException cause) {
        super(describe(line, cause), cause);
        this.line = line;
    }

    /** The 1-based line reading stopped at. */
    public int line() {
        return line;
    }

    private static String describe(int line, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return "line " + line + ": the file is not valid UTF-8 (is it Latin-1 or another single-byte encoding? "
                    + "re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8)";
        }
        return "line " + line + ": cannot read the script: " + cause.getMessage();
    }
}
