package dev.videoagent.local.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a request's bearer ID token as API Gateway's Cognito user pool authorizer does: an RS256 signature by
 * one of the issuer's published keys, that issuer, the page's client as audience, not expired (a minute of clock
 * skew); then hands on its claims as strings, as API Gateway does.
 */
public final class JwtAuthorizer implements GatewayAuthorizer {

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthorizer.class);
    private static final String BEARER = "Bearer ";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtAuthorizer(URI issuer, URI jwks, String audience) {
        this(issuer, jwks, audience, Clock.systemUTC());
    }

    /** With the clock expiry is judged by (tests move it past a token's {@code exp}). */
    JwtAuthorizer(URI issuer, URI jwks, String audience, Clock clock) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwks.toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URL " + jwks, e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer.toString()).build(), Set.of("sub", "exp", "iat")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        });
    }

    @Override
    public Optional<Map<String, String>> claims(Map<String, List<String>> headers) {
        Optional<String> token = headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Authorization") && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0)).filter(v -> v.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(v -> v.substring(BEARER.length()).trim()).findFirst();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token.get(), null);
            Map<String, String> out = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> out.put(name, String.valueOf(value)));
            out.put("cognito:username", claims.getSubject());
            return Optional.of(out);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            // the reason, never the token: it is a credential
            LOG.info("gateway: bearer token refused: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
