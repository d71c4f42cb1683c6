package io.github.sqlaudit.sql;

/** A place in a script: 1-based line and 1-based column (counted in UTF-16 chars, a tab counts as one). */
public record SourcePosition(int line, int column) {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
