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
    void theSslContextTrustsBothTheJdkAndTheRdsAuthorities() {
        SSLContext context = DocumentDbTrust.sslContext();

        assertThat(context.getProtocol()).isEqualTo("TLS");
        assertThat(context.getSocketFactory()).isNotNull();
    }
}
