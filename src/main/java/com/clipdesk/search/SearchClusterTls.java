package com.clipdesk.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

/**
 * Trusts the search cluster's own certificate authority ({@code CLIPDESK_SEARCH_CA_CERTIFICATE}: a PEM
 * file with one or more CA certificates) for HTTPS to the cluster, instead of the JVM's trust store.
 * Self-managed OpenSearch clusters usually sign their nodes' certificates with a private CA. Host
 * names are still verified against the certificates. The file is read once, at start; a missing or
 * unreadable file stops the start with a message naming it.
 */
final class SearchClusterTls implements ElasticsearchHttpClientConfigurer {

    private final SSLContext context;

    SearchClusterTls(Path caCertificates) {
        this.context = trusting(caCertificates);
    }

    static SSLContext trusting(Path caCertificates) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(caCertificates)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("CLIPDESK_SEARCH_CA_CERTIFICATE: cannot read CA certificates from "
                    + caCertificates.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("CLIPDESK_SEARCH_CA_CERTIFICATE: no certificate in "
                    + caCertificates.toAbsolutePath() + " (a PEM file, -----BEGIN CERTIFICATE-----)");
        }
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("search-ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("CLIPDESK_SEARCH_CA_CERTIFICATE: " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(ElasticsearchHttpClientConfigurationContext context) {
        context.clientBuilder().setSSLContext(this.context);
    }
}
