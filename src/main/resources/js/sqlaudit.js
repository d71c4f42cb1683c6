/* SQL Audit for Jira: browser behaviour of the panel and admin pages is added here by later modules. */
(function () {
    'use strict';
    window.SQLAudit = window.SQLAudit || {};
}());

/* Issue panel (issue 8): the "Re-audit" button posts to the REST resource and reloads the issue view when
   the new report is stored; a long audit answers 202 and the panel shows its progress after the reload. */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.sqlaudit-reaudit') : null;
        if (!button) {
            return;
        }
        var status = button.parentNode.querySelector('.sqlaudit-reaudit-status');
        var base = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        if (status) {
            status.textContent = '…';
        }
        fetch(base + '/rest/sqlaudit/1.0/reaudit/' + encodeURIComponent(button.getAttribute('data-issue-key')), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json'}
        }).then(function (response) {
            return response.json().then(function (body) {
                if (response.ok) {
                    window.location.reload();
                } else if (status) {
                    status.textContent = body.message || ('HTTP ' + response.status);
                }
            });
        }).catch(function (error) {
            if (status) {
                status.textContent = String(error);
            }
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    });
}());
