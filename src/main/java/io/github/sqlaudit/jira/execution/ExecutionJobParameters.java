package io.github.sqlaudit.jira.execution;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a background execution job is told: ids only (the scheduler stores them in the database for
 * whichever node runs the job). The job reads everything else again when it starts: the issue, the
 * attachment, the audit, and the settings stored with the run row ({@code runId} is their key).
 *
 * @param runId        the {@code ExecRun} row, which holds the post-function's settings
 * @param issueId      the issue
 * @param attachmentId the script's attachment
 * @param sha256       the reviewed bytes' hash, checked again before anything runs
 * @param userKey      who made the transition (the ledger and the comments name them)
 */
record ExecutionJobParameters(int runId, long issueId, long attachmentId, String sha256, String userKey) {

    static final String RUN_ID = "runId";
    static final String ISSUE_ID = "issueId";
    static final String ATTACHMENT_ID = "attachmentId";
    static final String SHA256 = "sha256";
    static final String USER_KEY = "userKey";

    Map<String, Serializable> toMap() {
        Map<String, Serializable> map = new LinkedHashMap<>();
        map.put(RUN_ID, runId);
        map.put(ISSUE_ID, issueId);
        map.put(ATTACHMENT_ID, attachmentId);
        map.put(SHA256, sha256);
        map.put(USER_KEY, userKey == null ? "" : userKey);
        return map;
    }

    /** @throws IllegalArgumentException naming the parameter that is missing or of the wrong type */
    static ExecutionJobParameters fromMap(Map<String, ? extends Serializable> map) {
        return new ExecutionJobParameters(number(map, RUN_ID).intValue(), number(map, ISSUE_ID).longValue(),
                number(map, ATTACHMENT_ID).longValue(), text(map, SHA256), text(map, USER_KEY));
    }

    private static Number number(Map<String, ? extends Serializable> map, String key) {
        if (map.get(key) instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("the execution job's parameter " + key + " is missing or not a number: "
                + map.get(key));
    }

    private static String text(Map<String, ? extends Serializable> map, String key) {
        if (map.get(key) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("the execution job's parameter " + key + " is missing or not text: "
                + map.get(key));
    }
}
