package io.github.sqlaudit.sql;

import java.util.Locale;

/** The SQL dialects a script can be written in; chosen per target database. */
public enum Dialect {
    MYSQL,
    MARIADB,
    ORACLE;

    /** The lowercase name used on the command line and in configuration ({@code mysql}, {@code mariadb}, {@code oracle}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a dialect name, case-insensitively; the message lists the valid names. */
    public static Dialect fromName(String name) {
        for (Dialect dialect : values()) {
            if (dialect.name().equalsIgnoreCase(name.trim())) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "', expected one of mysql, mariadb, oracle");
    }
}
