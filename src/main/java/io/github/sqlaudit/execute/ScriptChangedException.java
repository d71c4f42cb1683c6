package io.github.sqlaudit.execute;

/** The script's bytes are not the ones that were reviewed: it must not run. */
public class ScriptChangedException extends RuntimeException {

    private final String script;
    private final String approvedSha256;
    private final String actualSha256;

    public ScriptChangedException(String script, String approvedSha256, String actualSha256) {
        super(script + " was changed after its review: approved SHA-256 " + approvedSha256 + ", now " + actualSha256
                + ". Attach it again and have it reviewed before it can run.");
        this.script = script;
        this.approvedSha256 = approvedSha256;
        this.actualSha256 = actualSha256;
    }

    public String script() {
        return script;
    }

    public String approvedSha256() {
        return approvedSha256;
    }

    public String actualSha256() {
        return actualSha256;
    }
}
