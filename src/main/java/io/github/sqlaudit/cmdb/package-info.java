/**
 * The CMDB: the seven service layers that describe a target database as plain records, the
 * {@link io.github.sqlaudit.cmdb.CmdbRepository} port, completeness checks, target resolution and secrets.
 */
package io.github.sqlaudit.cmdb;
