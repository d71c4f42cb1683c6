package io.github.sqlaudit.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.io.InputStreamConsumer;

import io.github.sqlaudit.audit.AuditService;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.jira.panel.PanelModel;
import io.github.sqlaudit.jira.panel.SqlAuditPanelContextProvider;
import io.github.sqlaudit.jira.store.AoTestDatabase;
import io.github.sqlaudit.jira.store.ReportHeader;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportStatement;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.BackgroundAudits;
import io.github.sqlaudit.jira.workflow.ReviewTargets;
import io.github.sqlaudit.jira.workflow.RuleTemplatesSource;
import io.github.sqlaudit.jira.workflow.SqlAuditValidator;
import io.github.sqlaudit.jira.workflow.TransitionAudit;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.catalog.BuiltInRules;

/**
 * An in-memory Jira for the Jira layer's tests: one issue (ORD-42 of project ORD) whose attachments,
 * users, permissions and comments are Mockito-made Jira objects; stored reports in Active Objects tables on
 * H2 through the real ORM; the CMDB in memory. The validator, the panel's context provider and the re-audit
 * are built as Jira's plugin system would build them.
 */
public final class JiraTestHost implements AutoCloseable {

    public static final long ISSUE_ID = 10042L;
    public static final String ISSUE_KEY = "ORD-42";

    public final AoTestDatabase database;
    public final ReportRepository reports;
    public final io.github.sqlaudit.jira.store.ExecRunRepository runs;
    public final com.atlassian.jira.user.util.UserManager users = mock(com.atlassian.jira.user.util.UserManager.class);
    public final MutableIssue issue = mock(MutableIssue.class);
    public static final String DEVELOPER_KEY = "JIRAUSER10100";
    public final ApplicationUser developer = user(DEVELOPER_KEY, "dana", "Dana Developer");
    public final AttachmentManager attachmentManager = mock(AttachmentManager.class);
    public final CommentManager comments = mock(CommentManager.class);
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final PermissionManager permissions = mock(PermissionManager.class);
    public final IssueManager issueManager = mock(IssueManager.class);
    public final BackgroundAudits background = new BackgroundAudits();
    public final Clock clock = Clock.systemUTC();
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<Long, Supplier<InputStream>> contents = new HashMap<>();
    private final AtomicLong nextAttachmentId = new AtomicLong(20000);
    private CmdbRepository cmdb = new InMemoryCmdbRepository();
    private ReviewTargets reviewTargets = ReviewTargets.jdbc(java.time.Duration.ofSeconds(1));

    public JiraTestHost(String databaseName) throws IOException {
        database = AoTestDatabase.h2(databaseName);
        database.activeObjects.migrate(ReportHeader.class, ReportStatement.class, io.github.sqlaudit.jira.store.ExecRun.class);
        reports = new ReportRepository(database.activeObjects, clock);
        runs = new io.github.sqlaudit.jira.store.ExecRunRepository(database.activeObjects, clock);
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn("ORD");
        lenient().when(issue.getId()).thenReturn(ISSUE_ID);
        lenient().when(issue.getKey()).thenReturn(ISSUE_KEY);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issueManager.getIssueObject(ISSUE_KEY)).thenReturn(issue);
        lenient().when(authentication.getLoggedInUser()).thenReturn(developer);
        lenient().when(issueManager.getIssueObject(ISSUE_ID)).thenReturn(issue);
        lenient().when(users.getUserByKey(DEVELOPER_KEY)).thenReturn(developer);
        lenient().when(attachmentManager.getAttachments(issue)).thenAnswer(invocation -> List.copyOf(attachments));
        lenient().when(attachmentManager.streamAttachmentContent(any(Attachment.class), any())).thenAnswer(invocation -> {
            Attachment attachment = invocation.getArgument(0);
            InputStreamConsumer<?> consumer = invocation.getArgument(1);
            try (InputStream in = contents.get(attachment.getId()).get()) {
                return consumer.withInputStream(in);
            }
        });
        lenient().when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
    }

    public static ApplicationUser user(String key, String name, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getKey()).thenReturn(key);
        lenient().when(user.getUsername()).thenReturn(name);
        lenient().when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }

    public Attachment attach(String fileName, byte[] bytes) {
        return attach(fileName, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** An attachment of {@code size} bytes whose content the supplier streams (large or slow ones). */
    public Attachment attach(String fileName, long size, Supplier<InputStream> content) {
        long id = nextAttachmentId.incrementAndGet();
        Attachment attachment = mock(Attachment.class);
        lenient().when(attachment.getId()).thenReturn(id);
        lenient().when(attachment.getFilename()).thenReturn(fileName);
        lenient().when(attachment.getFilesize()).thenReturn(size);
        lenient().when(attachment.getAuthorKey()).thenReturn(DEVELOPER_KEY);
        lenient().when(attachment.getCreated()).thenReturn(new Timestamp(id));
        attachments.add(attachment);
        contents.put(id, content);
        return attachment;
    }

    public void detachAll() {
        attachments.clear();
    }

    public JiraTestHost cmdb(Cmdb cmdb, Map<String, io.github.sqlaudit.cmdb.Secret> secrets) {
        this.cmdb = new InMemoryCmdbRepository(cmdb, secrets);
        return this;
    }

    public JiraTestHost reviewTargets(ReviewTargets reviewTargets) {
        this.reviewTargets = reviewTargets;
        return this;
    }

    public TransitionAudit transitionAudit() {
        return new TransitionAudit(new AuditService(new RuleEngine(BuiltInRules.catalog()), clock), cmdb,
                RuleTemplatesSource.builtIn(), reviewTargets, reports, background, clock);
    }

    public SqlAuditValidator validator() {
        return new SqlAuditValidator(new AttachmentScripts(attachmentManager), comments, authentication, transitionAudit());
    }

    public SqlAuditPanelContextProvider panel() {
        return new SqlAuditPanelContextProvider(new PanelModel(reports, runs, clock), permissions, attachmentManager);
    }

    public io.github.sqlaudit.jira.panel.Reaudit reaudit() {
        return new io.github.sqlaudit.jira.panel.Reaudit(issueManager, permissions, new AttachmentScripts(attachmentManager),
                reports, transitionAudit());
    }

    /** The transient variables Jira hands a validator. */
    public Map<String, Object> transientVars() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    /** The helper Jira hands the panel's context provider on the issue view. */
    public JiraHelper helper() {
        JiraHelper helper = mock(JiraHelper.class);
        Map<String, Object> params = new HashMap<>();
        params.put("issue", issue);
        lenient().when(helper.getContextParams()).thenReturn(params);
        return helper;
    }

    public void deny(com.atlassian.jira.security.plugin.ProjectPermissionKey permission) {
        lenient().when(permissions.hasPermission(org.mockito.ArgumentMatchers.eq(permission), any(), any())).thenReturn(false);
    }

    @Override
    public void close() {
        background.close();
        database.close();
    }
}
