package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement to run, as the audit parsed it.
 *
 * @param index     0-based position in the script: with the script's SHA-256 it keys the ledger
 * @param startLine 1-based line, for messages
 * @param text      the exact source text, without its delimiter
 * @param effect    how it behaves towards transactions
 * @param ddlEffect for DDL, what to look for to tell whether it already ran (used on resume after a crash
 *                  between the DDL's implicit commit and its ledger row)
 * @param onError   what the script itself says about errors at this point (SQL*Plus WHENEVER SQLERROR);
 *                  AS_CONFIGURED for MySQL scripts and Oracle scripts without the directive
 * @param compiledUnit the PL/SQL unit or view an Oracle statement compiles, checked for compilation errors
 */
public record ExecutableStatement(int index, int startLine, String text, Effect effect, Optional<DdlEffect> ddlEffect,
        OnError onError, Optional<CompiledUnit> compiledUnit) {

    /** Error handling in force for a statement. */
    public enum OnError {
        /** As the execution options say (stop on error by default). */
        AS_CONFIGURED,
        /** WHENEVER SQLERROR EXIT: stop at a failure, whatever the options say (the stricter choice wins). */
        STOP,
        /** WHENEVER SQLERROR CONTINUE: go on; refused before running when the options say stop. */
        CONTINUE
    }

    public ExecutableStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(ddlEffect, "ddlEffect");
        Objects.requireNonNull(onError, "onError");
        Objects.requireNonNull(compiledUnit, "compiledUnit");
    }

    public ExecutableStatement(int index, int startLine, String text, Effect effect, Optional<DdlEffect> ddlEffect) {
        this(index, startLine, text, effect, ddlEffect, OnError.AS_CONFIGURED, Optional.empty());
    }

    public static ExecutableStatement data(int index, int startLine, String text) {
        return new ExecutableStatement(index, startLine, text, Effect.DATA, Optional.empty());
    }

    public static ExecutableStatement schema(int index, int startLine, String text, DdlEffect effect) {
        return new ExecutableStatement(index, startLine, text, Effect.SCHEMA, Optional.ofNullable(effect));
    }

    public String checksum() {
        return Sha256.of(text);
    }

    String describe() {
        return "statement " + (index + 1) + " (line " + startLine + ")";
    }
}
