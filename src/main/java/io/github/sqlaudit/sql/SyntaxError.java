package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;

/**
 * Why a statement does not parse, positioned in the script so a developer can go there.
 *
 * @param line          1-based line in the script
 * @param column        1-based column in that line
 * @param offendingText the text at that position ({@code "<end of statement>"} when the statement stopped early)
 * @param message       what is wrong, in words
 * @param expected      what the grammar would have accepted there, in words (may be empty)
 */
public record SyntaxError(int line, int column, String offendingText, String message, List<String> expected) {

    public SyntaxError {
        Objects.requireNonNull(offendingText, "offendingText");
        Objects.requireNonNull(message, "message");
        expected = List.copyOf(expected);
    }

    /** {@code line:column: message}, the form used in reports and on the command line. */
    public String describe() {
        return line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
