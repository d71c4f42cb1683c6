package io.github.sqlaudit.jira.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One audited statement of a stored report: which attachment (id, name, SHA-256 of the exact bytes), who
 * attached it and when it was audited, the statement's verdict, plan metrics and violations. Queryable
 * rows for DBAs and later issues (the post-function matches SHA-256s); the panel reads the header's JSON.
 */
public interface ReportStatement extends Entity {

    @NotNull
    @Indexed
    ReportHeader getReport();
    void setReport(ReportHeader report);

    long getAttachmentId();
    void setAttachmentId(long attachmentId);

    String getFileName();
    void setFileName(String fileName);

    String getSha256();
    void setSha256(String sha256);

    /** Who attached the script. */
    String getAuthorKey();
    void setAuthorKey(String authorKey);

    Date getAuditedAt();
    void setAuditedAt(Date auditedAt);

    int getStatementIndex();
    void setStatementIndex(int statementIndex);

    int getStartLine();
    void setStartLine(int startLine);

    String getKind();
    void setKind(String kind);

    String getVerdict();
    void setVerdict(String verdict);

    /** Null when not explained. */
    Long getEstimatedRows();
    void setEstimatedRows(Long estimatedRows);

    Double getCost();
    void setCost(Double cost);

    String getAccessType();
    void setAccessType(String accessType);

    String getIndexUsed();
    void setIndexUsed(String indexUsed);

    boolean getFilesort();
    void setFilesort(boolean filesort);

    boolean getTemporaryTable();
    void setTemporaryTable(boolean temporaryTable);

    /** Comma-separated codes of the enforced violations, for queries. */
    @StringLength(StringLength.MAX_LENGTH)
    String getViolationCodes();
    void setViolationCodes(String violationCodes);

    /** One violation per line: {@code SEVERITY CODE STATUS line N: detail}. */
    @StringLength(StringLength.UNLIMITED)
    String getViolations();
    void setViolations(String violations);
}
