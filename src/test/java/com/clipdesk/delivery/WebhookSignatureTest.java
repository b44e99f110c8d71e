package com.clipdesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256AsStripeDoes() {
        // openssl: printf '1700000000.{"seq":1}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"seq\":1}"))
                .isEqualTo("t=1700000000,v1=926c3c48823e4dc937cdb0992313bcbbc472579d779ab54f0d4e09e4049838aa");
    }

    @Test
    void verifiesOnlyTheSameBodySecretAndAFreshTimestamp() {
        String header = WebhookSignature.header("whsec_a", 1_000, "{}");
        assertThat(WebhookSignature.verify("whsec_a", header, "{}", 1_100, 300)).isTrue();
        assertThat(WebhookSignature.verify("whsec_b", header, "{}", 1_100, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_a", header, "{ }", 1_100, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_a", header, "{}", 1_400, 300)).as("too old: a replay").isFalse();
        assertThat(WebhookSignature.verify("whsec_a", "t=1000", "{}", 1_000, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_a", "garbage", "{}", 1_000, 300)).isFalse();
    }

    @Test
    void secretsAreRandomAndRecognisable() {
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSize(49).isNotEqualTo(WebhookSignature.newSecret());
    }
}
