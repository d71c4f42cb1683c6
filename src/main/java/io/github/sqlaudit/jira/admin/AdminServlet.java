package io.github.sqlaudit.jira.admin;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.github.sqlaudit.jira.admin.AdminAccess.Verdict;
import io.github.sqlaudit.jira.admin.AdminPages.Page;

/**
 * The admin pages at {@code /plugins/servlet/sqlaudit/admin/{rules|assignments|cmdb|audit-log}}. Only GET:
 * pages change nothing themselves; their forms call the REST API. Anonymous users go to the login page,
 * others need to configure (Jira administrators, the DBA group), and a secure administrator session
 * (web-sudo), which the REST writes the page makes then also need.
 */
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient AdminAccess access;
    private final transient WebSudoManager webSudo;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient AdminPages pages;
    private final transient Messages messages;

    public AdminServlet(AdminAccess access, WebSudoManager webSudo, LoginUriProvider loginUriProvider,
                        TemplateRenderer renderer, AdminPages pages, Messages messages) {
        this.access = access;
        this.webSudo = webSudo;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Verdict verdict = access.toConfigure(request);
        if (verdict == Verdict.NOT_LOGGED_IN) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        if (verdict == Verdict.FORBIDDEN) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, messages.text("sqlaudit.admin.forbidden"));
            return;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        Optional<Page> page = Page.of(request.getPathInfo());
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    messages.text("sqlaudit.admin.error.notfound", request.getPathInfo()));
            return;
        }
        String contextPath = request.getContextPath();
        Map<String, Object> context = switch (page.get()) {
            case RULES -> pages.rules(contextPath, request.getParameter("template"));
            case ASSIGNMENTS -> pages.assignments(contextPath);
            case CMDB -> pages.cmdb(contextPath);
            case AUDIT_LOG -> pages.auditLog(contextPath, offset(request.getParameter("offset")));
        };
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(page.get().template(), context, response.getWriter());
    }

    private static int offset(String parameter) {
        try {
            return parameter == null ? 0 : Math.max(0, Integer.parseInt(parameter));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static URI returnUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
