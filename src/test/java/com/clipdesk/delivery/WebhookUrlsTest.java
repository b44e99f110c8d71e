package com.clipdesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    private final WebhookUrls production = new WebhookUrls(false);
    private final WebhookUrls local = new WebhookUrls(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hook", "http://127.0.0.1/hook", "http://10.1.2.3/hook",
            "https://192.168.0.10/hook", "http://172.16.5.5/hook", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook",
            "http://api.localhost/hook"})
    void refusesInternalAddressesUnlessAllowed(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("url");
        assertThat(local.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "example.com/hook",
            "http:///nohost", "https://user:pw@example.com/hook", "https://example.com/hook#frag", "", "http://exa mple.com/"})
    void refusesWhatIsNotAnHttpUrlEvenLocally(String url) {
        assertThatThrownBy(() -> local.check(url)).isInstanceOf(InvalidWebhookException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8080/clipdesk?x=1", "https://[2606:4700::1]/h"})
    void acceptsPublicAddresses(String url) {
        assertThat(production.check(url).toString()).isEqualTo(url);
    }
}
