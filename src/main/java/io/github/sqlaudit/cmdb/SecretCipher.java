package io.github.sqlaudit.cmdb;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals credential passwords for storage with AES-256-GCM under a key kept outside the database
 * ({@link CmdbKeys}). A sealed value reads {@code v1:<key id>:<base64 of 12-byte nonce + ciphertext + tag>};
 * the key id lets old values open after the active key changed, until they are re-sealed. The credential
 * name is bound in as associated data, so a sealed value copied to another credential does not open.
 */
public final class SecretCipher {

    private static final String FORMAT = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final CmdbKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(CmdbKeys keys) {
        this.keys = keys;
    }

    public String seal(String credentialName, Secret secret) {
        byte[] plain = utf8(secret.reveal());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.activeKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(credentialName.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return FORMAT + ":" + keys.activeKeyId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the password of credential '" + credentialName + "'", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens a sealed value; fails with a message that names the credential and never shows the value. */
    public Secret open(String credentialName, String sealedValue) {
        String[] parts = sealedValue.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(FORMAT)) {
            throw new SecretException("the stored password of credential '" + credentialName + "' is not in the "
                    + FORMAT + " format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new SecretException("the stored password of credential '" + credentialName + "' is damaged (not base64)");
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new SecretException("the stored password of credential '" + credentialName + "' is damaged (too short)");
        }
        javax.crypto.SecretKey key = keys.key(parts[1]).orElseThrow(() -> new SecretException(
                "the password of credential '" + credentialName + "' was encrypted with key '" + parts[1]
                        + "', which is not among the configured keys " + keys.keyIds()));
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(credentialName.getBytes(StandardCharsets.UTF_8));
            plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] value = new char[chars.remaining()];
            chars.get(value);
            Secret secret = Secret.of(value);
            Arrays.fill(value, '\0');
            return secret;
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretException("the stored password of credential '" + credentialName
                    + "' does not authenticate: it was altered, copied from another credential, or key '" + parts[1] + "' is wrong");
        } catch (GeneralSecurityException e) {
            throw new SecretException("cannot decrypt the password of credential '" + credentialName + "': " + e.getMessage());
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** True when the value was sealed with an older key and should be re-sealed (key rotation). */
    public boolean needsResealing(String sealedValue) {
        String[] parts = sealedValue.split(":", 3);
        return parts.length != 3 || !parts[1].equals(keys.activeKeyId());
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        Arrays.fill(chars, '\0');
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    /** A password that cannot be opened; the message names the credential, never the value. */
    public static final class SecretException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SecretException(String message) {
            super(message);
        }
    }
}
