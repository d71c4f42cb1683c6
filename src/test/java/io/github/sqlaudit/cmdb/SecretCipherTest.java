package io.github.sqlaudit.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String K1 = CmdbKeys.newEntry("k1");
    private static final String K2 = CmdbKeys.newEntry("k2");

    private final SecretCipher cipher = new SecretCipher(CmdbKeys.parse(K1, "test"));

    @Test
    void sealsAndOpensAPassword() {
        String sealed = cipher.seal("orders-deployer", Secret.of("pä$$wörd"));

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("pä$$wörd");
        assertThat(cipher.open("orders-deployer", sealed)).isEqualTo(Secret.of("pä$$wörd"));
    }

    @Test
    void sealingTwiceGivesDifferentValuesBecauseEveryNonceIsFresh() {
        assertThat(cipher.seal("c", Secret.of("same"))).isNotEqualTo(cipher.seal("c", Secret.of("same")));
    }

    @Test
    void aValueCopiedToAnotherCredentialDoesNotOpen() {
        String sealed = cipher.seal("orders-deployer", Secret.of("pw"));

        assertThatThrownBy(() -> cipher.open("billing-deployer", sealed))
                .isInstanceOf(SecretCipher.SecretException.class)
                .hasMessageContaining("credential 'billing-deployer' does not authenticate");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = cipher.seal("c", Secret.of("password"));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:k1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open("c", altered)).hasMessageContaining("does not authenticate");
        assertThatThrownBy(() -> cipher.open("c", "plain-text")).hasMessageContaining("not in the v1 format");
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreFlaggedForResealing() {
        String old = cipher.seal("c", Secret.of("pw"));
        SecretCipher rotated = new SecretCipher(CmdbKeys.parse(K2 + "," + K1, "test"));

        assertThat(rotated.open("c", old)).isEqualTo(Secret.of("pw"));
        assertThat(rotated.needsResealing(old)).isTrue();
        String resealed = rotated.seal("c", Secret.of("pw"));
        assertThat(resealed).startsWith("v1:k2:");
        assertThat(rotated.needsResealing(resealed)).isFalse();
        assertThatThrownBy(() -> cipher.open("c", resealed))
                .hasMessage("the password of credential 'c' was encrypted with key 'k2', which is not among the configured keys [k1]");
    }

    @Test
    void secretsNeverPrint() {
        Secret secret = Secret.of("hunter2");

        assertThat(secret.toString()).isEqualTo("******");
        assertThat(new com.google.gson.Gson().toJson(secret)).doesNotContain("hunter2");
        assertThat(String.valueOf(CmdbKeys.parse(K1, "test"))).doesNotContain(K1.substring(3));
    }

    @Test
    void theEnvironmentVariableWinsOverTheKeyFile(@TempDir Path sharedHome) throws Exception {
        Files.createDirectories(sharedHome.resolve("sqlaudit"));
        Files.writeString(sharedHome.resolve(CmdbKeys.KEY_FILE), "# rotated 2026-11\n" + K2 + "\n" + K1 + "\n");

        assertThat(CmdbKeys.load(Map.of(), sharedHome).keyIds()).containsExactly("k2", "k1");
        assertThat(CmdbKeys.load(Map.of(CmdbKeys.ENVIRONMENT_VARIABLE, K1), sharedHome).keyIds()).containsExactly("k1");
    }

    @Test
    void missingOrMalformedKeysAreExplainedWithoutShowingKeyMaterial(@TempDir Path sharedHome) {
        assertThatThrownBy(() -> CmdbKeys.load(Map.of(), sharedHome))
                .hasMessageContaining("No CMDB encryption key: set SQLAUDIT_CMDB_KEYS or create " + sharedHome.resolve("sqlaudit/cmdb-keys"));
        assertThatThrownBy(() -> CmdbKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "cmdb-keys"))
                .hasMessage("cmdb-keys: key 'k1' has 16 bytes; AES-256 needs 32");
        assertThatThrownBy(() -> CmdbKeys.parse("no-colon-here", "cmdb-keys"))
                .hasMessage("cmdb-keys: entry 1 does not start with a key id (letters, digits, _ . -) and a colon");
        assertThatThrownBy(() -> CmdbKeys.parse(K1 + "\n" + K1, "cmdb-keys")).hasMessage("cmdb-keys: key id 'k1' appears twice");
        assertThatThrownBy(() -> CmdbKeys.parse("# only a comment", "cmdb-keys")).hasMessage("cmdb-keys holds no key");
    }
}
