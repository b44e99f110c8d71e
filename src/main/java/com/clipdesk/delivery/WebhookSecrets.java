package com.clipdesk.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook signing secrets at rest (docs/feed.md, "Secrets"): Clipdesk must sign with the secret, so it
 * cannot keep only a hash; it keeps it encrypted with AES-256-GCM under a key that is not in the
 * database. A dump or a backup of the database alone does not give away any receiver's secret.
 *
 * <p>The key is {@code clipdesk.feed.webhooks.secret-key} (base64 of 32 bytes, env
 * {@code CLIPDESK_WEBHOOK_SECRET_KEY}); when it is not set, a key is created once in
 * {@code clipdesk.feed.webhooks.secret-key-file} (the data directory, readable by the app's user only)
 * and read from there afterwards. Several nodes must share one key: set the variable.
 *
 * <p>Stored form: {@code v1:} + base64url(12-byte nonce, the secret's 32 random bytes encrypted, 16-byte
 * tag): 83 characters. A value without the prefix is a secret stored before encryption; it is read as
 * it is and encrypted at start-up ({@link WebhookSecretSealing}).
 */
@Component
class WebhookSecrets {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);
    static final String SEALED = "v1:";
    private static final String PREFIX = "whsec_";
    private static final byte[] CONTEXT = "clipdesk webhook secret v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    WebhookSecrets(@Value("${clipdesk.feed.webhooks.secret-key:}") String configured,
            @Value("${clipdesk.feed.webhooks.secret-key-file:${clipdesk.data-dir:./data}/webhook-secret.key}") Path file) {
        this.key = new SecretKeySpec(configured.isBlank() ? fromFile(file) : decode(configured,
                "clipdesk.feed.webhooks.secret-key (CLIPDESK_WEBHOOK_SECRET_KEY)"), "AES");
    }

    /** The form to store: the secret encrypted. */
    String seal(String secret) {
        byte[] raw = raw(secret);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, raw);
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return SEALED + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** The secret of a stored value (one stored before encryption is returned as it is). */
    String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(stored.substring(SEALED.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored webhook secret is damaged (not base64)", e);
        }
        if (in.length != 12 + 32 + 16) {
            throw new IllegalStateException("A stored webhook secret is damaged (" + in.length + " bytes)");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(in, 0, 12);
        byte[] raw = crypt(Cipher.DECRYPT_MODE, nonce, java.util.Arrays.copyOfRange(in, 12, in.length));
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(SEALED);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("A stored webhook secret does not open with this key: was "
                    + "CLIPDESK_WEBHOOK_SECRET_KEY (or the key file) changed? Rotate the webhook's secret.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The 32 random bytes of a secret made by {@link WebhookSignature#newSecret()}. */
    private static byte[] raw(String secret) {
        byte[] raw;
        try {
            raw = secret.startsWith(PREFIX) ? Base64.getUrlDecoder().decode(secret.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException e) {
            raw = null;
        }
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("Not a webhook secret made by Clipdesk (whsec_ and 32 bytes)");
        }
        return raw;
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64: give 32 random bytes in base64, e.g. the "
                    + "output of `openssl rand -base64 32`", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " holds " + key.length + " bytes: give 32 random bytes in "
                    + "base64, e.g. the output of `openssl rand -base64 32`");
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            log.warn("Webhook secrets: no CLIPDESK_WEBHOOK_SECRET_KEY set, created a key in {}. Keep it with the "
                    + "data directory; several nodes must share one key (set the variable).", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the webhook secret key file " + file
                    + " (set CLIPDESK_WEBHOOK_SECRET_KEY instead)", e);
        }
    }
}
