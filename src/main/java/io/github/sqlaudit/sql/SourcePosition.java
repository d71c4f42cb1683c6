package io.github.sqlaudit.sql;

/** A place in a script: 1-based line and 1-based column (counted in UTF-16 chars, a tab counts as one). */
public record SourcePosition(int line, int column) {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /**
     * A position inside a statement's text as ANTLR reports it (1-based line, 0-based column within the
     * statement) turned into the script's position, given where the statement starts in the script.
     */
    public static SourcePosition inScript(SourcePosition statementStart, int line, int charPositionInLine) {
        if (line <= 1) {
            return new SourcePosition(statementStart.line(), statementStart.column() + charPositionInLine);
        }
        return new SourcePosition(statementStart.line() + line - 1, charPositionInLine + 1);
    }

    /** Where a statement's text ends in the script: one column after its last character. */
    public static SourcePosition afterText(SourcePosition statementStart, String text) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return inScript(statementStart, line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
