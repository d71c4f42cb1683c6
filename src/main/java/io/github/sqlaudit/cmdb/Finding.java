package io.github.sqlaudit.cmdb;

/**
 * One thing the CMDB lacks for an automated action, about one record: {@code data service 'orders-prod':
 * cannot execute: connection 'orders-rw' has no credential}.
 */
public record Finding(Kind kind, String subject, String message) {

    /** What the gap breaks. */
    public enum Kind {
        DUPLICATE("duplicate"),
        BROKEN_REFERENCE("broken reference"),
        CANNOT_REVIEW("cannot review"),
        CANNOT_EXECUTE("cannot execute"),
        CANNOT_USE_SSH("cannot run SSH steps");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Finding {
        Require.nonNull(kind, "finding kind");
        Require.name(subject, "finding subject");
        Require.name(message, "finding message");
    }

    @Override
    public String toString() {
        return subject + ": " + kind.words() + ": " + message;
    }
}
