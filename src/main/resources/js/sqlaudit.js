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

/* Execution progress (issue 9): while a run of the scripts is active, the panel asks
   GET /rest/sqlaudit/1.0/executions every few seconds and updates the rows in place; when none is active any
   more it reloads the issue view once, so the outcome comment shows. "Stop" posts the stop request. */
(function () {
    'use strict';
    var POLL_MS = 3000;

    function base() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function update(table, body) {
        (body.executions || []).forEach(function (run) {
            var row = table.querySelector('tr.sqlaudit-execution[data-run-id="' + run.id + '"]');
            if (!row) {
                return;
            }
            var set = function (selector, text) {
                var cell = row.querySelector(selector);
                if (cell) {
                    cell.textContent = text;
                }
            };
            set('.sqlaudit-execution-done', run.done);
            set('.sqlaudit-execution-total', run.total);
            set('.sqlaudit-execution-rows', run.rows);
            set('.sqlaudit-execution-elapsed', run.elapsed);
            set('.sqlaudit-execution-left', run.remaining);
            set('.sqlaudit-execution-state', run.state.toLowerCase());
            var bar = row.querySelector('.aui-progress-indicator');
            if (bar) {
                bar.setAttribute('data-value', run.percent);
                var value = bar.querySelector('.aui-progress-indicator-value');
                if (value) {
                    value.style.width = run.percent + '%';
                }
            }
            var stop = row.querySelector('.sqlaudit-stop');
            if (stop && !run.canStop) {
                stop.disabled = true;
            }
        });
    }

    function poll(table) {
        var key = table.getAttribute('data-issue-key');
        fetch(base() + '/rest/sqlaudit/1.0/executions?issueKey=' + encodeURIComponent(key), {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (body) {
            if (!body) {
                return;
            }
            update(table, body);
            if (body.active) {
                window.setTimeout(function () { poll(table); }, POLL_MS);
            } else {
                window.location.reload();
            }
        }).catch(function () {
            window.setTimeout(function () { poll(table); }, POLL_MS * 5);
        });
    }

    function start() {
        var tables = document.querySelectorAll('table.sqlaudit-executions[data-active="true"]');
        Array.prototype.forEach.call(tables, function (table) {
            if (!table.getAttribute('data-polling')) {
                table.setAttribute('data-polling', 'true');
                window.setTimeout(function () { poll(table); }, POLL_MS);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    if (window.JIRA && JIRA.bind && JIRA.Events) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, start);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.sqlaudit-stop') : null;
        if (!button) {
            return;
        }
        var status = button.parentNode.querySelector('.sqlaudit-stop-status');
        button.disabled = true;
        fetch(base() + '/rest/sqlaudit/1.0/executions/' + encodeURIComponent(button.getAttribute('data-run-id')) + '/stop', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json'}
        }).then(function (response) {
            return response.json().then(function (body) {
                if (status) {
                    status.textContent = body.message || ('HTTP ' + response.status);
                }
                if (!response.ok) {
                    button.disabled = false;
                }
            });
        }).catch(function (error) {
            button.disabled = false;
            if (status) {
                status.textContent = String(error);
            }
        });
    });
}());
