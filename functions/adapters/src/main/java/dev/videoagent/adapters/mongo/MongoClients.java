package dev.videoagent.adapters.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import dev.videoagent.core.config.AppConfig;
import java.util.concurrent.TimeUnit;

/** Builds the one MongoClient a runtime uses (DocumentDB in AWS, the embedded server locally). */
public final class MongoClients {

    private MongoClients() {
    }

    public static MongoClient create(AppConfig config) {
        return create(config, java.util.Optional.empty());
    }

    /** With credentials from outside the URI (Secrets Manager in AWS), so no password sits in the environment. */
    public static MongoClient create(AppConfig config, java.util.Optional<com.mongodb.MongoCredential> credential) {
        long timeoutMillis = config.dependencyTimeout().toMillis();
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        credential.ifPresent(builder::credential);
        ConnectionString uri = new ConnectionString(config.mongoUri().toString());
        if (Boolean.TRUE.equals(uri.getSslEnabled())) {
            // DocumentDB's certificates chain to the Amazon RDS CAs, which the JDK does not ship
            builder.applyToSslSettings(b -> b.enabled(true).context(DocumentDbTrust.sslContext()));
        }
        MongoClientSettings settings = builder
                .applyConnectionString(new ConnectionString(config.mongoUri().toString()))
                .applicationName("video-agent")
                // fail fast when the database is away: callers degrade instead of queueing requests
                .applyToClusterSettings(b -> b.serverSelectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b
                        .connectTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) Math.max(timeoutMillis * 4, 5000), TimeUnit.MILLISECONDS))
                .retryWrites(false) // DocumentDB does not support retryable writes
                // acknowledged means durable: on a majority of members and in their journals
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .build();
        return com.mongodb.client.MongoClients.create(settings);
    }
}
