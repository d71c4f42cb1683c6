package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method of more than 8,000 bytes of bytecode (-XX:+DontCompileHugeMethods, the
 * default): such a method runs interpreted for the life of the JVM. One generated rule method over the limit
 * (primary, when its alternatives each carried a choice among every word token) made the whole Oracle parser
 * 1.4 times slower. This keeps every rule method of the generated lexer and parser under the limit; a rule that
 * grows past it is split into smaller rules.
 */
class OracleParserMethodSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyGeneratedRuleMethodCanBeJitCompiled() throws IOException {
        for (Class<?> generated : new Class<?>[] {OracleParser.class, OracleLexer.class}) {
            Map<String, Integer> sizes = codeSizes(generated);
            assertThat(sizes).as("methods of %s", generated.getSimpleName()).isNotEmpty();
            sizes.forEach((method, size) -> {
                if (!method.startsWith("make") && !method.equals("<clinit>")) { // run once, at class loading
                    assertThat(size).as("bytecode size of %s.%s", generated.getSimpleName(), method)
                            .isLessThanOrEqualTo(HUGE_METHOD_LIMIT);
                }
            });
        }
        assertThat(codeSizes(OracleParser.class)).containsKey("primary");
    }

    /** Method name to the length of its Code attribute, read from the class file (JVM spec, chapter 4). */
    private static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
        try (InputStream raw = type.getResourceAsStream(type.getSimpleName() + ".class");
             DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readInt(); // minor and major version
            int constants = in.readUnsignedShort();
            String[] utf8 = new String[constants];
            for (int i = 1; i < constants; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // takes two slots
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant tag " + tag);
                }
            }
            in.readUnsignedShort(); // access flags
            in.readUnsignedShort(); // this class
            in.readUnsignedShort(); // super class
            in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipNBytes(6);
                skipAttributes(in);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort(); // access flags
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort(); // descriptor
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        in.readUnsignedShort(); // max stack
                        in.readUnsignedShort(); // max locals
                        int codeLength = in.readInt();
                        sizes.merge(name, codeLength, Math::max);
                        in.skipNBytes(length - 8L);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }
}
