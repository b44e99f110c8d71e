package com.clipdesk.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may point at: http or https with a host, and unless
 * {@code clipdesk.feed.webhooks.allow-private} (local and test profiles) no loopback, private,
 * link-local or otherwise internal address, so a webhook cannot make Clipdesk call into its own
 * network. Checked on creation and again before every delivery (the name may resolve elsewhere later).
 */
@Component
class WebhookUrls {

    private final boolean allowPrivate;

    WebhookUrls(@Value("${clipdesk.feed.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as it will be called; throws {@link InvalidWebhookException} ("url") with the reason. */
    URI check(String url) {
        String trimmed = url.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidWebhookException("url", "Enter the URL Clipdesk posts entries to.");
        }
        if (trimmed.length() > WebhookSubscription.URL_MAX) {
            throw new InvalidWebhookException("url", "At most " + WebhookSubscription.URL_MAX + " characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidWebhookException("url", "Not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidWebhookException("url", "Only http:// and https:// URLs can receive webhooks.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidWebhookException("url", "The URL needs a host name.");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidWebhookException("url", "No user name or password in the URL: entries are signed instead.");
        }
        if (uri.getFragment() != null) {
            throw new InvalidWebhookException("url", "No #fragment: it is never sent to the server.");
        }
        checkAddress(uri.getHost());
        return uri;
    }

    /** Refuses a host that resolves to an internal address (unless allowed); unknown hosts are refused too. */
    void checkAddress(String host) {
        if (allowPrivate) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost") || bare.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            throw new InvalidWebhookException("url", "localhost is not allowed: webhooks go to other systems.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new InvalidWebhookException("url", "The host " + bare + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new InvalidWebhookException("url", bare + " resolves to " + address.getHostAddress()
                        + ", an internal address; webhooks go to public addresses only.");
            }
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // 0.0.0.0/8 "this network"
                || (first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18/15 benchmarking
                || first >= 240; // reserved and broadcast
    }
}
