package io.github.sqlaudit.archfixture;

import com.opensymphony.workflow.InvalidInputException;

/** Deliberately wrong: a non-adapter class using a host type, so LayeringTest can see its rule fire. */
public final class CoreClassLeakingHostType {
    public InvalidInputException block(String message) {
        return new InvalidInputException(message);
    }
}
