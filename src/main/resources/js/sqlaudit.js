/* SQL Audit for Jira: browser behaviour of the panel and admin pages is added here by later modules. */
(function () {
    'use strict';
    window.SQLAudit = window.SQLAudit || {};
}());
