/**
 * The rule engine: the built-in rule catalog, DBA configuration (templates, custom rules, shadow mode,
 * waivers) and the evaluation of parsed statements into {@link io.github.sqlaudit.rules.Violation}s. No I/O.
 */
package io.github.sqlaudit.rules;
