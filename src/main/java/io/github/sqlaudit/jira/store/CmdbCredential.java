package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * A database account. {@code SEALED_SECRET} holds the password encrypted by {@code SecretCipher}
 * (AES-GCM, key outside the database); the plain password is never stored.
 */
@Preload
public interface CmdbCredential extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    @NotNull
    String getUsername();
    void setUsername(String username);

    @StringLength(StringLength.UNLIMITED)
    String getSealedSecret();
    void setSealedSecret(String sealedSecret);
}
