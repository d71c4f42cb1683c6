package com.atlassian.activeobjects.external;

/** Compile-only stand-in: an upgrade task named in the {@code <ao>} module. */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
