package io.github.sqlaudit.execute;

/** A host step could not run: no connection, a host key that is not the recorded one, a refused key, a timeout. */
public class RemoteCommandException extends Exception {
    public RemoteCommandException(String message, Throwable cause) {
        super(message, cause);
    }

    public RemoteCommandException(String message) {
        super(message);
    }
}
