package dev.videoagent.adapters.s3;

import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.core.port.HealthProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;

/** A signed HEAD of the bucket: up on 200, down (with the status, never the request) on anything else. */
public final class S3HealthProbe implements HealthProbe, AutoCloseable {

    private final S3RequestSigner signer;
    private final String bucket;
    private final SdkHttpClient http;

    public S3HealthProbe(S3RequestSigner signer, String bucket, Duration timeout) {
        this.signer = signer;
        this.bucket = bucket;
        this.http = AwsClients.httpClient(timeout, timeout).build();
    }

    @Override
    public String dependency() {
        return "s3";
    }

    @Override
    public void check() {
        HttpExecuteRequest request = HttpExecuteRequest.builder()
                .request(signer.signHeaders(SdkHttpMethod.HEAD, bucket, "")).build();
        try {
            HttpExecuteResponse response = http.prepareRequest(request).call();
            drain(response);
            int status = response.httpResponse().statusCode();
            if (status != 200) {
                throw new IllegalStateException("HEAD bucket " + bucket + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A HEAD has no body, but a closed stream hands the connection back for the next check. */
    private static void drain(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isPresent()) {
            try (AbortableInputStream body = response.responseBody().get()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
