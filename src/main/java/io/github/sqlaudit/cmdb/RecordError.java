package io.github.sqlaudit.cmdb;

/**
 * Why one record of a CMDB file was refused: {@code cmdb.json:42: dataServices[3] 'orders-prod': engine
 * 'postgres' is not one of MYSQL, MARIADB, ORACLE}. Line 0 when the whole file is at fault.
 */
public record RecordError(String source, int line, String record, String message) {

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + (record.isEmpty() ? "" : record + ": ") + message;
    }
}
