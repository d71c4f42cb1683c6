/** The built-in rules, one family per class (declarative entries) plus a class for each rule with real logic. */
package io.github.sqlaudit.rules.catalog;
