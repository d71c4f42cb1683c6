package io.github.sqlaudit.jira.workflow;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks an attachment's bytes before the parser reads them: UTF-8 with or without a byte-order mark is
 * accepted (the mark is skipped: it is not part of the script, and the report's SHA-256 covers the bytes
 * after it); empty files, UTF-16/32 and binary files are refused with a message naming the file and what to do.
 * Latin-1 and other single-byte encodings are caught by the strict UTF-8 reader, which names the line.
 */
public final class ScriptEncoding {

    /** A script the audit cannot read, with the reason a developer can act on. */
    public static final class RejectedScriptException extends IOException {
        public RejectedScriptException(String message) {
            super(message);
        }
    }

    private static final int SNIFF = 8 * 1024;

    private ScriptEncoding() {
    }

    /**
     * Returns the stream positioned after a UTF-8 byte-order mark, or throws when the bytes are not a UTF-8
     * text. The SHA-256 of the audit is taken from what this returns: the mark is not part of the script.
     */
    public static InputStream checked(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length == 0) {
            throw new RejectedScriptException("the file is empty: attach the script's content");
        }
        if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new RejectedScriptException("the file is UTF-32: save it as UTF-8 and attach it again");
        }
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            throw new RejectedScriptException("the file is UTF-16: save it as UTF-8 and attach it again");
        }
        int skip = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = skip; i < head.length; i++) {
            if (head[i] == 0) {
                throw new RejectedScriptException("the file is not text (a NUL byte at offset " + i
                        + "): attach the SQL script itself, not an archive, dump or document");
            }
        }
        if (skip == head.length) {
            throw new RejectedScriptException("the file is empty: attach the script's content");
        }
        in.skipNBytes(skip);
        return in;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
