package io.github.sqlaudit.jira.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One audit of an issue's scripts (a transition or a re-audit): who, when, with which settings, the verdict
 * and counts, and the whole report as JSON ({@code ReportModel}, schemaVersion 1) for the panel. A header
 * is written PENDING before the audit starts, so the panel can show progress, and completed or failed
 * after it.
 */
public interface ReportHeader extends Entity {

    @NotNull
    @Indexed
    long getIssueId();
    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();
    void setIssueKey(String issueKey);

    /** {@link ReportStatus} name. */
    @NotNull
    String getStatus();
    void setStatus(String status);

    /** transition or re-audit */
    @NotNull
    String getOrigin();
    void setOrigin(String origin);

    /** Audited in the background (a long script): the validator may decide on it later. */
    boolean getBackground();
    void setBackground(boolean background);

    String getAuthorKey();
    void setAuthorKey(String authorKey);

    /** The author's display name when the audit ran, for the panel's history. */
    String getAuthorName();
    void setAuthorName(String authorName);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    Date getFinishedAt();
    void setFinishedAt(Date finishedAt);

    String getEnvironment();
    void setEnvironment(String environment);

    String getTemplateName();
    void setTemplateName(String templateName);

    @StringLength(StringLength.MAX_LENGTH)
    String getTarget();
    void setTarget(String target);

    /** PASS, WARN, BLOCK; empty while pending or when the audit could not run. */
    String getVerdict();
    void setVerdict(String verdict);

    int getErrors();
    void setErrors(int errors);

    int getWarnings();
    void setWarnings(int warnings);

    int getInfos();
    void setInfos(int infos);

    int getStatementCount();
    void setStatementCount(int statementCount);

    /** The audited attachments in audit order, as JSON: [{attachmentId, fileName, authorKey, bytes}]. */
    @StringLength(StringLength.UNLIMITED)
    String getScripts();
    void setScripts(String scripts);

    long getScriptBytes();
    void setScriptBytes(long scriptBytes);

    /** Bytes read so far, while pending. */
    long getProgressBytes();
    void setProgressBytes(long progressBytes);

    /** The validator settings used, as JSON: a re-audit repeats them. */
    @StringLength(StringLength.UNLIMITED)
    String getSettings();
    void setSettings(String settings);

    @StringLength(StringLength.UNLIMITED)
    String getReportJson();
    void setReportJson(String reportJson);

    /** Why the audit could not run (no target, target down ...), for the panel. */
    @StringLength(StringLength.UNLIMITED)
    String getFailure();
    void setFailure(String failure);

    @OneToMany
    ReportStatement[] getStatements();
}
