package dev.videoagent.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The secrets of one start of the local runtime: an access key for the embedded S3 server and the
 * redis-server password. New ones are made at every start, so a process that once read them (or a file
 * left by an earlier start) cannot use them later. They reach child processes only as owner-only files
 * in {@link #directory()}, never through an environment variable or a command line, which other local
 * users can read ({@code /proc/<pid>/environ} of their own processes, {@code ps} of everyone's).
 */
public record LocalCredentials(String accessKeyId, String secretAccessKey, String redisPassword, Path directory) {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCredentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** Makes new credentials and writes their files into {@code directory} (created owner-only if missing). */
    public static LocalCredentials createIn(Path directory) {
        LocalCredentials credentials = new LocalCredentials("LOCAL" + base32(15), base64(30), base64(32),
                directory.toAbsolutePath());
        credentials.write();
        return credentials;
    }

    /** An AWS shared-credentials file: the SDK's default chain reads it where AWS_SHARED_CREDENTIALS_FILE points. */
    public Path awsCredentialsFile() {
        return directory.resolve("aws-credentials");
    }

    /**
     * An AWS config file with an empty default profile: pointing AWS_CONFIG_FILE here keeps a role or
     * credential process in the person's {@code ~/.aws/config} from taking precedence over the credentials file.
     */
    public Path awsConfigFile() {
        return directory.resolve("aws-config");
    }

    /** The redis-server configuration with {@code requirepass}: given to redis-server as its config file. */
    public Path redisConfigFile() {
        return directory.resolve("redis.conf");
    }

    /** The redis password alone, for the render task (REDIS_PASSWORD_FILE). */
    public Path redisPasswordFile() {
        return directory.resolve("redis-password");
    }

    public AwsCredentialsProvider s3CredentialsProvider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    /** Never the secrets: a record's default toString would put them in any log line that names this. */
    @Override
    public String toString() {
        return "LocalCredentials[accessKeyId=***, secretAccessKey=***, redisPassword=***, directory=" + directory + "]";
    }

    private void write() {
        try {
            ownerOnlyDirectory();
            writeOwnerOnly(awsCredentialsFile(), "[default]\naws_access_key_id = " + accessKeyId
                    + "\naws_secret_access_key = " + secretAccessKey + "\n");
            writeOwnerOnly(awsConfigFile(), "[default]\n");
            writeOwnerOnly(redisConfigFile(), "# written by the local runtime at each start\nrequirepass "
                    + redisPassword + "\n");
            writeOwnerOnly(redisPasswordFile(), redisPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local credentials in " + directory, e);
        }
    }

    private void ownerOnlyDirectory() throws IOException {
        if (!posix()) {
            LOG.warn("credentials: {} is not on a POSIX file system; its files keep the default permissions", directory);
            Files.createDirectories(directory);
            return;
        }
        if (Files.isSymbolicLink(directory)) {
            throw new IOException(directory + " is a symbolic link; refusing to write credentials through it");
        }
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
        } else {
            Files.createDirectories(directory.getParent());
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
        }
    }

    /**
     * A temporary file created owner-only (no moment with wider permissions), then renamed over the old one, so a
     * reader sees the old file or the whole new one, never part of it.
     */
    private void writeOwnerOnly(Path target, String content) throws IOException {
        Path temporary = posix()
                ? Files.createTempFile(directory, "." + target.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String base64(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        // URL-safe letters only: no quoting needed in redis.conf or in the INI-style credentials file
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String base32(int length) {
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        return key.toString();
    }
}
