package io.github.sqlaudit.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a script strictly as UTF-8. Unlike {@link java.io.InputStreamReader}, it hands out every character
 * before a bad byte and only then fails, so the splitter can say on which line a Latin-1 character sits.
 */
public final class Utf8ScriptReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private long bytesBefore;
    private boolean endOfInput;
    private boolean flushed;
    private IOException pending;

    public Utf8ScriptReader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                if (!flushed) {
                    decoder.decode(bytes, out, true);
                    decoder.flush(out);
                    flushed = true;
                }
                return out.position() == offset ? -1 : out.position() - offset;
            }
            if (!endOfInput && bytes.remaining() < 4) {
                refill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            bytesBefore += bytes.position() - before;
            if (result.isError()) {
                pending = new MalformedInputException(result.length());
                pending.initCause(new IOException("invalid UTF-8 at byte offset " + bytesBefore));
                if (out.position() > offset) {
                    return out.position() - offset; // deliver what decoded cleanly; fail on the next read
                }
                throw pending;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput && !bytes.hasRemaining()) {
                continue;
            }
            refill();
        }
        return out.position() - offset;
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
