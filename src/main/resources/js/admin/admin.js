/*
 * SQL Audit for Jira: the admin pages' behaviour. Every change is one call to the REST API
 * (/rest/sqlaudit/1.0); the answer, or the refusal with the fields it names, is shown in the message area.
 * Plain DOM and fetch: the page works the same inside Jira's admin decorator and in our browser test.
 */
(function () {
    'use strict';

    function root() {
        return document.getElementById('sqlaudit-admin');
    }

    function show(kind, title, lines) {
        var area = document.getElementById('sqlaudit-admin-messages');
        if (!area) {
            return;
        }
        area.innerHTML = '';
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + kind;
        var head = document.createElement('p');
        head.className = 'title';
        head.textContent = title;
        box.appendChild(head);
        if (lines && lines.length) {
            var list = document.createElement('ul');
            lines.forEach(function (line) {
                var item = document.createElement('li');
                item.textContent = line;
                list.appendChild(item);
            });
            box.appendChild(list);
        }
        area.appendChild(box);
    }

    function format(pattern, value) {
        return (pattern || '{0}').replace('{0}', value);
    }

    /** Sends one call; resolves with the parsed answer, rejects after showing the refusal. */
    function call(method, url, body) {
        var section = root();
        show('info', section.getAttribute('data-saving') || '...');
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            return response.text().then(function (text) {
                var json = {};
                try {
                    json = text ? JSON.parse(text) : {};
                } catch (e) {
                    json = {message: text};
                }
                if (!response.ok) {
                    var lines = (json.errors || []).map(function (error) {
                        return error.field + (error.ruleCode ? ' (' + error.ruleCode + ')' : '') + ': ' + error.message;
                    });
                    show('error', format(section.getAttribute('data-failed'), json.message || response.status), lines);
                    throw new Error(json.message || String(response.status));
                }
                return json;
            });
        });
    }

    function segment(text) {
        return encodeURIComponent(text);
    }

    // ------------------------------------------------------------------ rules page

    function typedValue(row, field) {
        var type = row.getAttribute('data-value-type');
        var text = field.value;
        if (type === 'THRESHOLD') {
            return text === '' ? text : Number(text);
        }
        if (type === 'BOOLEAN') {
            return text === 'true';
        }
        if (type === 'LIST') {
            return text.split(',').map(function (name) { return name.trim(); }).filter(function (name) { return name; });
        }
        return text;
    }

    function ruleChanged(event) {
        var field = event.target;
        var row = field.closest('tr[data-rule]');
        if (!row || !field.name) {
            return;
        }
        var override = JSON.parse(row.getAttribute('data-override') || '{}');
        if (field.type === 'checkbox') {
            override[field.name] = field.checked;
        } else if (field.name === 'value') {
            override.value = typedValue(row, field);
        } else {
            override[field.name] = field.value;
        }
        saveRule(row, override);
    }

    function saveRule(row, override) {
        var section = root();
        var code = row.getAttribute('data-rule');
        var url = section.getAttribute('data-rest') + '/templates/' + segment(section.getAttribute('data-template'))
            + '/rules/' + segment(code);
        return call('PUT', url, override).then(function (answer) {
            var stored = answer.template && answer.template.rules ? answer.template.rules[code] : undefined;
            row.setAttribute('data-override', JSON.stringify(stored || {}));
            show('success', format(section.getAttribute('data-saved'), code));
        }).catch(function () { /* shown already */ });
    }

    function inherit(event) {
        var button = event.target.closest('[data-action="inherit"]');
        if (!button) {
            return;
        }
        saveRule(button.closest('tr[data-rule]'), {}).then(function () { window.location.reload(); });
    }

    function templates(section) {
        var rest = section.getAttribute('data-rest');
        var servlet = section.getAttribute('data-servlet');
        var form = document.getElementById('sqlaudit-template-new');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var name = form.elements.name.value.trim();
                call('POST', rest + '/templates', {name: name, description: form.elements.description.value})
                    .then(function () { window.location.href = servlet + '/rules?template=' + encodeURIComponent(name); })
                    .catch(function () { /* shown already */ });
            });
        }
        section.addEventListener('click', function (event) {
            if (!event.target.closest('[data-action="delete-template"]')) {
                return;
            }
            call('DELETE', rest + '/templates/' + segment(section.getAttribute('data-template')))
                .then(function () { window.location.href = servlet + '/rules'; })
                .catch(function () { /* shown already */ });
        });
    }

    // ------------------------------------------------------------------ forms shared by the pages

    function importForm(id) {
        var form = document.getElementById(id);
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            call('POST', form.getAttribute('data-import'), form.elements.document.value)
                .then(function () { window.location.reload(); })
                .catch(function () { /* shown already */ });
        });
    }

    function assignments(section) {
        var form = document.getElementById('sqlaudit-assign');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var url = section.getAttribute('data-rest') + '/assignments/' + segment(form.elements.project.value.trim())
                    + '/' + segment(form.elements.environment.value.trim());
                call('PUT', url, {template: form.elements.template.value})
                    .then(function () { window.location.reload(); })
                    .catch(function () { /* shown already */ });
            });
        }
        var group = document.getElementById('sqlaudit-dba-group');
        if (group) {
            group.addEventListener('submit', function (event) {
                event.preventDefault();
                call('PUT', section.getAttribute('data-rest') + '/settings', {dbaGroup: group.elements.dbaGroup.value.trim()})
                    .then(function () { window.location.reload(); })
                    .catch(function () { /* shown already */ });
            });
        }
        section.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="unassign"]');
            if (!button) {
                return;
            }
            var row = button.closest('tr');
            call('DELETE', section.getAttribute('data-rest') + '/assignments/' + segment(row.getAttribute('data-project'))
                + '/' + segment(row.getAttribute('data-environment')))
                .then(function () { window.location.reload(); })
                .catch(function () { /* shown already */ });
        });
    }

    function cmdb(section) {
        var base = section.getAttribute('data-rest') + '/cmdb/';
        section.addEventListener('submit', function (event) {
            var form = event.target.closest('.sqlaudit-record-form');
            if (!form) {
                return;
            }
            event.preventDefault();
            var name = form.getAttribute('data-name');
            var url = base + segment(form.getAttribute('data-section')) + (name ? '/' + segment(name) : '');
            call(name ? 'PUT' : 'POST', url, form.elements.record.value)
                .then(function () { window.location.reload(); })
                .catch(function () { /* shown already */ });
        });
        section.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="delete"]');
            if (!button) {
                return;
            }
            var form = button.closest('.sqlaudit-record-form');
            call('DELETE', base + segment(form.getAttribute('data-section')) + '/' + segment(form.getAttribute('data-name')))
                .then(function () { window.location.reload(); })
                .catch(function () { /* shown already */ });
        });
        importForm('sqlaudit-cmdb-import');
    }

    function start() {
        var section = root();
        if (!section) {
            return;
        }
        var page = section.getAttribute('data-page');
        if (page === 'rules') {
            var table = document.getElementById('sqlaudit-rules');
            table.addEventListener('change', ruleChanged);
            table.addEventListener('click', inherit);
            templates(section);
            importForm('sqlaudit-templates-import');
        } else if (page === 'assignments') {
            assignments(section);
        } else if (page === 'cmdb') {
            cmdb(section);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
