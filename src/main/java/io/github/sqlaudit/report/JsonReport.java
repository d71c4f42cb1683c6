package io.github.sqlaudit.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.github.sqlaudit.audit.AuditReport;

/** The audit report as JSON: the {@link ReportModel}, versioned by its {@code schemaVersion}. */
public final class JsonReport {

    private final Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    public String render(AuditReport report) {
        return gson.toJson(ReportModel.of(report));
    }
}
