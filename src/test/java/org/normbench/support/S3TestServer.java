package org.normbench.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.normbench.app.Directories;
import org.normbench.artifact.ArtifactConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A throwaway S3-compatible server: s3proxy (Maven Central, copied to target/s3proxy by the build) in a process of
 * its own, keeping objects in its memory (its filesystem backend lists folders as objects, unlike S3), on 127.0.0.1
 * at a free port, with one empty bucket.
 */
public class S3TestServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "normbench-test";
    private static final String KEY_ID = "test-key";
    private static final String SECRET = "test-secret";
    private static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private Process process;
    private Path directory;
    private URI endpoint;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("normbench-s3");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = directory.resolve("s3proxy.conf");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + KEY_ID,
                    "s3proxy.credential=" + SECRET,
                    "jclouds.provider=transient", ""));
            String jar = System.getProperty("normbench.s3proxy.jar", "target/s3proxy/s3proxy.jar");
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar, "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("s3proxy.log").toFile()).start();
            awaitPort(port);
            try (S3Client client = client()) {
                client.createBucket(b -> b.bucket(BUCKET));
            }
            return Map.of("normbench.artifacts.store", "s3",
                    "normbench.artifacts.s3.bucket", BUCKET,
                    "normbench.artifacts.s3.endpoint", endpoint.toString(),
                    "normbench.artifacts.s3.region", REGION,
                    "normbench.artifacts.s3.path-style", "true",
                    "normbench.artifacts.s3.access-key-id", KEY_ID,
                    "normbench.artifacts.s3.secret-access-key", SECRET);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not start s3proxy", e);
        }
    }

    private void awaitPort(int port) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("s3proxy exited: " + Files.readString(directory.resolve("s3proxy.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("s3proxy did not listen within " + START_TIMEOUT, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    /** A client of the server, for looking behind a store's back. */
    public S3Client client() {
        return client(endpoint);
    }

    /** A client of the server at {@code endpoint}. */
    public static S3Client client(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(REGION)).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED) // s3proxy knows no CRC32
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET)))
                .build();
    }

    /** The store settings for this server, with the given multipart threshold. */
    public ArtifactConfig.S3 config(long partBytes) {
        return new ArtifactConfig.S3() {
            public Optional<String> bucket() {
                return Optional.of(BUCKET);
            }

            public Optional<URI> endpoint() {
                return Optional.of(S3TestServer.this.endpoint);
            }

            public String region() {
                return REGION;
            }

            public boolean pathStyle() {
                return true;
            }

            public Optional<String> accessKeyId() {
                return Optional.of(KEY_ID);
            }

            public Optional<String> secretAccessKey() {
                return Optional.of(SECRET);
            }

            public long partBytes() {
                return partBytes;
            }
        };
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
                Directories.deleteRecursively(directory);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not remove s3proxy's directory " + directory, e);
            }
        }
    }
}
