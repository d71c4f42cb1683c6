package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Map;

/**
 * A CMDB file read for import: the records and passwords it holds, and every record refused with why.
 * Import is all or nothing: a file with errors changes nothing.
 */
public record CmdbImport(Cmdb cmdb, Map<String, Secret> secrets, List<RecordError> errors) {

    public CmdbImport {
        secrets = Map.copyOf(secrets);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
