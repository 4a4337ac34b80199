package dev.videoagent.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class DocumentDbTrustTest {

    @Test
    void theBundledAuthoritiesAreTheAmazonRdsOnesIncludingTheRegionalRoots() throws Exception {
        var names = DocumentDbTrust.rdsAuthorities().stream()
                .map(c -> ((X509Certificate) c).getSubjectX500Principal().getName()).toList();

        assertThat(names.stream().filter(n -> n.contains("OU=Amazon RDS")).count()).isGreaterThan(100);
        assertThat(names).anyMatch(n -> n.contains("CN=Amazon RDS us-east-1 Root CA"))
                .anyMatch(n -> n.contains("CN=Amazon RDS Root 2019 CA"));
    }

    @Test
    void theSslContextTrustsBothTheJdkAndTheRdsAuthorities() throws Exception {
        var trusted = java.util.Arrays.stream(DocumentDbTrust.trustManager().getAcceptedIssuers()).toList();
        javax.net.ssl.TrustManagerFactory jdk = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        jdk.init((java.security.KeyStore) null);
        var jdkAuthorities = java.util.Arrays.stream(((javax.net.ssl.X509TrustManager) jdk.getTrustManagers()[0])
                .getAcceptedIssuers()).toList();

        assertThat(jdkAuthorities).isNotEmpty();
        assertThat(trusted).containsAll(jdkAuthorities);
        assertThat(trusted).containsAll(DocumentDbTrust.rdsAuthorities().stream().map(c -> (X509Certificate) c).toList());
        assertThat(trusted).hasSizeGreaterThan(jdkAuthorities.size() + 100);
        SSLContext context = DocumentDbTrust.sslContext();
        assertThat(context.getProtocol()).isEqualTo("TLS");
    }
}
