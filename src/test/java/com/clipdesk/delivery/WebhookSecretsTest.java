package com.clipdesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook secrets encrypted at rest: what is stored, what opens it, and what does not. */
class WebhookSecretsTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another thirty-two byte key!!!!!".getBytes());

    @TempDir
    Path dir;

    WebhookSecrets secrets(String key) {
        return new WebhookSecrets(key, dir.resolve("unused.key"));
    }

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String secret = WebhookSignature.newSecret();
        String stored = secrets(KEY).seal(secret);
        assertThat(stored).startsWith("v1:").hasSize(83).doesNotContain(secret.substring(6));
        assertThat(secrets(KEY).open(stored)).isEqualTo(secret);
        // a fresh nonce each time: the same secret never looks the same twice
        assertThat(secrets(KEY).seal(secret)).isNotEqualTo(stored);
    }

    @Test
    void aChangedKeyOrAChangedValueDoesNotOpenButSaysWhatToDo() {
        String stored = secrets(KEY).seal(WebhookSignature.newSecret());
        assertThatThrownBy(() -> secrets(OTHER_KEY).open(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Rotate the webhook's secret");
        char[] bytes = stored.toCharArray();
        bytes[40] = bytes[40] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> secrets(KEY).open(new String(bytes))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets(KEY).open("v1:short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aValueStoredBeforeEncryptionIsReadAsItIs() {
        assertThat(secrets(KEY).open("whsec_plain-old")).isEqualTo("whsec_plain-old");
        assertThat(WebhookSecrets.isSealed("whsec_plain-old")).isFalse();
    }

    @Test
    void onlySecretsClipdeskMadeAreSealed() {
        assertThatThrownBy(() -> secrets(KEY).seal("hunter2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadKeyStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> secrets("not base64!")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLIPDESK_WEBHOOK_SECRET_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("16 bytes");
    }

    @Test
    void withoutAConfiguredKeyOneIsCreatedOnceInTheKeyFileReadableByTheAppOnly() throws Exception {
        Path file = dir.resolve("data/webhook-secret.key");
        String stored = new WebhookSecrets("", file).seal("whsec_" + "Q".repeat(43));
        assertThat(file).exists();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
        }
        // the next start reads the same key
        assertThat(new WebhookSecrets("", file).open(stored)).isEqualTo("whsec_" + "Q".repeat(43));
    }
}
