package com.atlassian.activeobjects.external;

/** Compile-only stand-in of Active Objects' model version (a final class, as the real one). */
public final class ModelVersion {

    private ModelVersion() {
        throw new UnsupportedOperationException("stand-in: Jira provides ModelVersion");
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("stand-in: Jira provides ModelVersion");
    }
}
