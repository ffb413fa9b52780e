package org.normbench.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/**
 * An artifact larger than the whole heap goes up and comes back intact: upload and download stream. Runs in a JVM
 * of its own with a small heap (the surefire execution {@code large-artifact}, -Xmx384m).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class LargeArtifactTest {

    private static final long SIZE = 512L << 20;

    @TestHTTPResource("/")
    URI portal;

    @Test
    void aFileLargerThanTheHeapRoundTripsWithItsChecksum() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() < SIZE, "the heap must be smaller than the file for this test"
                + " to mean anything: " + Runtime.getRuntime().maxMemory());
        long owner = TestAccounts.account("large-owner").accountId();
        long experiment = SyntheticRuns.experiment("morwani-ewn-xor-sparsity", "large", Visibility.PRIVATE, owner,
                null);
        long run = SyntheticRuns.finished(experiment, "ewn", "{\"width\":6.0}", 0, Map.of("final_loss", 0.1),
                List.of());
        String sha256 = Checksums.sha256Hex(new Pattern(SIZE));
        HttpClient client = HttpClient.newHttpClient();

        // a blocking writer, like the worker's: Java's HttpClient queued ~450 MB of this body ahead of the server
        HttpURLConnection upload = (HttpURLConnection) portal.resolve("/api/runs/" + run
                + "/artifacts/snapshot-final.npz").toURL().openConnection();
        upload.setRequestMethod("PUT");
        upload.setDoOutput(true);
        upload.setFixedLengthStreamingMode(SIZE);
        upload.setRequestProperty("X-NormBench-Run-Token", SyntheticRuns.token(run));
        upload.setRequestProperty("X-Checksum-SHA256", sha256);
        try (InputStream in = new Pattern(SIZE); OutputStream out = upload.getOutputStream()) {
            in.transferTo(out);
        }
        assertEquals(201, upload.getResponseCode());

        HttpResponse<InputStream> download = client.send(HttpRequest.newBuilder(portal.resolve("/api/runs/" + run
                        + "/artifacts/snapshot-final.npz"))
                .header("Authorization", "Bearer " + TestAccounts.token("large-owner")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, download.statusCode());
        assertEquals(String.valueOf(SIZE), download.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(sha256, Checksums.sha256Hex(download.body()), "the bytes that came back");

        HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(portal.resolve("/api/experiments/"
                        + experiment)).header("Authorization", "Bearer " + TestAccounts.token("large-owner"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode(), deleted.body());
    }

    /** {@code size} bytes of a fixed pseudo-random pattern, generated as they are read. */
    private static final class Pattern extends InputStream {

        private final long size;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        Pattern(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L; // 64-bit LCG: cheap and not periodic here
                buffer[offset + i] = (byte) (state >>> 56);
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
        }
    }
}
