package io.github.sqlaudit.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 1 of the CMDB tables: creates them. The scaffold for later versions: a version N task
 * migrates the entities as they are at N, then moves the data, and is listed after the older ones in the
 * {@code <ao>} module. Active Objects runs a task only when the stored model version is older.
 */
public final class CmdbUpgradeTaskV1 implements ActiveObjectsUpgradeTask {

    /** The model version this task brings the tables to. */
    public static final String MODEL_VERSION = "1";

    private static final Logger LOG = LoggerFactory.getLogger(CmdbUpgradeTaskV1.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        LOG.info("Upgrading the SQL Audit CMDB tables from model version {} to {}", currentVersion, MODEL_VERSION);
        ao.migrate(CmdbEntities.array());
    }
}
