package io.github.sqlaudit.sql;

import java.util.Objects;

/**
 * One piece of a script as the splitter cut it: a statement's exact text (without its delimiter) and where it sits.
 *
 * @param index         0-based position among the script's chunks
 * @param text          the exact source text, from the statement's first significant character to the last one
 *                      before the delimiter (leading comments and blank lines are not part of it)
 * @param start         position of the first character
 * @param end           position of the last character
 * @param delimiter     the delimiter that ended it ({@code ;}, {@code $$}, {@code \G} ...), empty at the end of the script
 * @param clientCommand a command of the mysql client (DELIMITER, SOURCE, {@code \.} ...), never sent to the server
 */
public record ScriptChunk(int index, String text, SourcePosition start, SourcePosition end, String delimiter,
                          boolean clientCommand) {

    public ScriptChunk {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(delimiter, "delimiter");
    }
}
