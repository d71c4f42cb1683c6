package io.github.sqlaudit.jira.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One run of one approved script by the execute post-function, shared by every Jira node through the
 * database: the panel of any node shows its progress, a stop request made on any node reaches the node
 * that runs it (the executor's stop check reads {@link #getStopRequestedAt()}), and a queued background run
 * is picked up by whichever node the scheduler chooses. The target's ledger stays the record of what took
 * effect; this row is what users watch.
 */
public interface ExecRun extends Entity {

    @NotNull
    @Indexed
    long getIssueId();
    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    String getScriptName();
    void setScriptName(String scriptName);

    long getAttachmentId();
    void setAttachmentId(long attachmentId);

    /** SHA-256 of the reviewed bytes, hex. */
    @NotNull
    String getSha256();
    void setSha256(String sha256);

    /** {@link ExecRunState} name. */
    @NotNull
    String getState();
    void setState(String state);

    /** Runs as a scheduler job (a large script) rather than in the transition. */
    boolean getBackground();
    void setBackground(boolean background);

    int getStatementsDone();
    void setStatementsDone(int statementsDone);

    int getStatementsTotal();
    void setStatementsTotal(int statementsTotal);

    long getRowsAffected();
    void setRowsAffected(long rowsAffected);

    @NotNull
    Date getQueuedAt();
    void setQueuedAt(Date queuedAt);

    Date getStartedAt();
    void setStartedAt(Date startedAt);

    /** Last time the running node wrote: a RUNNING row not updated for long belongs to a node that died. */
    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date updatedAt);

    Date getFinishedAt();
    void setFinishedAt(Date finishedAt);

    /** Who made the transition (Jira user key) and their display name then. */
    String getUserKey();
    void setUserKey(String userKey);

    String getUserName();
    void setUserName(String userName);

    String getStopRequestedBy();
    void setStopRequestedBy(String stopRequestedBy);

    Date getStopRequestedAt();
    void setStopRequestedAt(Date stopRequestedAt);

    /** The data service and address, for the panel. */
    @StringLength(StringLength.MAX_LENGTH)
    String getTarget();
    void setTarget(String target);

    /** The post-function's settings as JSON (descriptor arguments): the background job runs with them. */
    @StringLength(StringLength.UNLIMITED)
    String getSettings();
    void setSettings(String settings);

    /** Why the run failed or was refused, in the words of the ticket's comment. */
    @StringLength(StringLength.UNLIMITED)
    String getErrorSummary();
    void setErrorSummary(String errorSummary);

    /** What the SSH host steps printed (capped). */
    @StringLength(StringLength.UNLIMITED)
    String getHostOutput();
    void setHostOutput(String hostOutput);
}
