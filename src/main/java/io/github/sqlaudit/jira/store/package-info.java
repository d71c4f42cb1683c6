/**
 * Active Objects storage: entities and the repositories that implement the core's ports over them.
 * The only code that knows the tables; everything above sees plain records.
 */
package io.github.sqlaudit.jira.store;
