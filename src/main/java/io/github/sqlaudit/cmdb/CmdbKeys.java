package io.github.sqlaudit.cmdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 keys that seal credential passwords, read from outside the database: the environment
 * variable {@value #ENVIRONMENT_VARIABLE} if set, else the key file {@value #KEY_FILE} under Jira's shared
 * home. Both hold entries {@code <key id>:<base64 of 32 bytes>}, separated by commas or newlines; the
 * first entry is the active key, later ones only open passwords sealed before a rotation.
 */
public final class CmdbKeys {

    public static final String ENVIRONMENT_VARIABLE = "SQLAUDIT_CMDB_KEYS";
    public static final String KEY_FILE = "sqlaudit/cmdb-keys";

    private static final Logger LOG = LoggerFactory.getLogger(CmdbKeys.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private CmdbKeys(Map<String, SecretKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
        this.activeKeyId = keys.keySet().iterator().next();
    }

    /** Loads the keys from the environment variable, or from the key file under {@code sharedHome}. */
    public static CmdbKeys load(Map<String, String> environment, Path sharedHome) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return parse(fromEnvironment, "environment variable " + ENVIRONMENT_VARIABLE);
        }
        Path file = sharedHome.resolve(KEY_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No CMDB encryption key: set " + ENVIRONMENT_VARIABLE
                    + " or create " + file + " with a line '<key id>:<base64 of 32 random bytes>'"
                    + " (sqlaudit cmdb keygen prints one)");
        }
        warnIfReadableByOthers(file);
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CMDB key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses entries; {@code source} names the file or variable in errors (never the key material). */
    public static CmdbKeys parse(String text, String source) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int entry = 0;
        for (String raw : text.split("[,\\n]")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            entry++;
            int colon = line.indexOf(':');
            String id = colon < 0 ? "" : line.substring(0, colon);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(source + ": entry " + entry
                        + " does not start with a key id (letters, digits, _ . -) and a colon");
            }
            byte[] material;
            try {
                material = Base64.getDecoder().decode(line.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": key '" + id + "' is not base64");
            }
            if (material.length != KEY_BYTES) {
                throw new IllegalStateException(source + ": key '" + id + "' has " + material.length
                        + " bytes; AES-256 needs " + KEY_BYTES);
            }
            if (keys.put(id, new SecretKeySpec(material, "AES")) != null) {
                throw new IllegalStateException(source + ": key id '" + id + "' appears twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(source + " holds no key");
        }
        return new CmdbKeys(keys);
    }

    /** A fresh key entry for a key file or the environment variable. */
    public static String newEntry(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("key id '" + keyId + "' may hold only letters, digits, _ . - (at most 32)");
        }
        byte[] material = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(material);
        return keyId + ":" + Base64.getEncoder().encodeToString(material);
    }

    String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public List<String> keyIds() {
        return new ArrayList<>(keys.keySet());
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("The CMDB key file {} is readable by group or others; restrict it to Jira's user (chmod 600)", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot check the permissions of {}", file, e);
        }
    }

    @Override
    public String toString() {
        return "CmdbKeys" + keyIds() + " (active " + activeKeyId + ")";
    }
}
