package io.github.sqlaudit.config;

import java.util.List;
import java.util.stream.Collectors;

import io.github.sqlaudit.cmdb.RecordError;

/** A CMDB change or import refused: every record error, each naming the record and the member at fault. */
public final class CmdbRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RecordError> errors;

    public CmdbRejectedException(List<RecordError> errors) {
        super(errors.stream().map(RecordError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RecordError> errors() {
        return errors;
    }
}
