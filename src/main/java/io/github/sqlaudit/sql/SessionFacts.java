package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts of statements that act on the session rather than on data or schema: the routine a CALL runs, the schema
 * USE switches to, the variables SET assigns.
 *
 * @param calledRoutine the procedure a CALL runs
 * @param usedSchema    the schema USE makes current
 * @param assignments   what a SET assigns, in order
 */
public record SessionFacts(Optional<TableRef> calledRoutine, Optional<String> usedSchema,
                           List<VariableAssignment> assignments) {

    public SessionFacts {
        Objects.requireNonNull(calledRoutine, "calledRoutine");
        Objects.requireNonNull(usedSchema, "usedSchema");
        assignments = List.copyOf(assignments);
    }
}
