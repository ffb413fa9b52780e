package org.normbench.artifact;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.worker.Npz;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;
import org.normbench.support.Zips;

/**
 * The artifact store through its doors: workers upload with the run's token and a declared size and SHA-256, readers
 * download (single files and inside archives), bad or interrupted uploads leave nothing, and deleting an experiment
 * deletes its files. The embedded worker uploads real runs' logs and snapshots the same way.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ArtifactApiTest {

    private static final String BENCHMARK = "morwani-ewn-xor-sparsity";
    private static final String TOKEN = "X-NormBench-Run-Token";
    private static final String CHECKSUM = "X-Checksum-SHA256";
    /** This application's store (each test application start has its own). */
    private static final Path STORE = Path.of(ConfigProvider.getConfig().getValue("normbench.artifacts.directory",
            String.class));

    @Test
    void anUploadRoundTripsWithItsChecksumAndJoinsTheRunsArchive() throws Exception {
        long owner = TestAccounts.account("af-owner").accountId();
        String token = TestAccounts.token("af-owner");
        long experiment = SyntheticRuns.experiment(BENCHMARK, "uploads", Visibility.PRIVATE, owner, null);
        long run = finishedRun(experiment);
        byte[] content = randomBytes(3_000_000, 1);

        upload(run, SyntheticRuns.token(run), "snapshot-final.npz", content, sha256(content)).then().statusCode(201)
                .body("name", org.hamcrest.Matchers.equalTo("snapshot-final.npz"))
                .body("sizeBytes", org.hamcrest.Matchers.equalTo(content.length));

        Response download = given().auth().oauth2(token).get("/api/runs/" + run + "/artifacts/snapshot-final.npz");
        download.then().statusCode(200).header(CHECKSUM, sha256(content))
                .header("Content-Disposition", "attachment; filename=\"snapshot-final.npz\"");
        assertArrayEquals(content, download.asByteArray());
        given().auth().oauth2(TestAccounts.token("af-stranger")).get("/api/runs/" + run
                + "/artifacts/snapshot-final.npz").then().statusCode(404);
        given().auth().oauth2(token).get("/api/runs/" + run + "/artifacts/other.npz").then().statusCode(404);

        JsonPath details = given().auth().oauth2(token).get("/api/runs/" + run).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("snapshot-final.npz"), details.getList("artifacts.name"));
        assertEquals(sha256(content), details.getString("artifacts[0].sha256"));

        Map<String, byte[]> archive = Zips.unzip(given().auth().oauth2(token).get("/api/runs/" + run + "/archive").then()
                .statusCode(200).extract().asByteArray());
        assertArrayEquals(content, archive.get("artifacts/snapshot-final.npz"));
        assertTrue(new String(archive.get("SHA256SUMS"), StandardCharsets.US_ASCII)
                .contains(sha256(content) + "  artifacts/snapshot-final.npz\n"));

        byte[] again = randomBytes(1000, 2); // a run trained again replaces its files
        upload(run, SyntheticRuns.token(run), "snapshot-final.npz", again, sha256(again)).then().statusCode(201);
        assertArrayEquals(again, given().auth().oauth2(token).get("/api/runs/" + run
                + "/artifacts/snapshot-final.npz").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of(1000), given().auth().oauth2(token).get("/api/runs/" + run).then().extract().jsonPath()
                .getList("artifacts.sizeBytes"));
    }

    @Test
    void badUploadsAreRefusedWithAReasonAndLeaveNothing() throws Exception {
        long experiment = SyntheticRuns.experiment(BENCHMARK, "bad uploads", Visibility.PUBLIC, null, null);
        long run = finishedRun(experiment);
        String runToken = SyntheticRuns.token(run);
        byte[] content = randomBytes(100_000, 3);
        String sha = sha256(content);

        assertRefused(upload(run, runToken, "log.txt", content, sha256(randomBytes(10, 4))), 400, "SHA-256 is");
        assertRefused(upload(run, "0".repeat(64), "log.txt", content, sha), 403, "run token");
        assertRefused(upload(run, null, "log.txt", content, sha), 403, "run token");
        assertRefused(upload(run, runToken, ".hidden", content, sha), 400, "plain file name");
        assertRefused(upload(run, runToken, "log.txt", content, null), 400, "SHA-256");
        assertRefused(upload(run, runToken, "log.txt", content, sha.toUpperCase()), 400, "SHA-256");
        assertRefused(upload(999_999_999L, runToken, "log.txt", content, sha), 404, "not found");
        assertEquals(413, rawUpload(run, runToken, sha, 1L << 40, 0)); // declared 1 TiB: refused before any byte
        assertEquals(-1, rawUpload(run, runToken, sha, content.length, 1000)); // the uploader vanishes mid-file

        Path runFolder = STORE.resolve("experiments/" + experiment + "/runs/" + run);
        // the hang-up is seen at once, or after normbench.artifacts.read-timeout (5 s in tests) when it races the start
        await().atMost(Duration.ofSeconds(30)).until(() -> files(runFolder).isEmpty());
        assertEquals(List.of(), Api.run(run).getList("artifacts"));
    }

    @Test
    void deletingAnExperimentDeletesItsFiles() throws Exception {
        long owner = TestAccounts.account("af-deleter").accountId();
        String token = TestAccounts.token("af-deleter");
        long experiment = SyntheticRuns.experiment(BENCHMARK, "to delete", Visibility.PRIVATE, owner, null);
        long run = finishedRun(experiment);
        byte[] content = randomBytes(5000, 5);
        upload(run, SyntheticRuns.token(run), "log.txt", content, sha256(content)).then().statusCode(201);
        Path experimentFolder = STORE.resolve("experiments/" + experiment);
        assertEquals(1, files(experimentFolder).size());

        given().auth().oauth2(token).delete("/api/experiments/" + experiment).then().statusCode(204);
        assertFalse(Files.exists(experimentFolder));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Artifact.count("runId", run)));
    }

    @Test
    void aTrainedRunUploadsItsLogAndParameterSnapshots() throws Exception {
        String token = TestAccounts.token("af-trainer");
        long run = Api.submit(token, Api.experiment("snapshots", List.of("wn"), 40)).get(0);
        JsonPath finished = Api.awaitFinal(run, Duration.ofMinutes(3));
        assertEquals("SUCCEEDED", finished.getString("state"), finished.getString("error"));
        List<String> names = finished.getList("artifacts.name");
        assertTrue(names.containsAll(List.of("log.txt", "snapshot-init.npz", "snapshot-final.npz")), names.toString());

        byte[] npz = given().get("/api/runs/" + run + "/artifacts/snapshot-final.npz").then().statusCode(200)
                .extract().asByteArray();
        Map<String, Npz.Array> snapshot = Npz.read(npz);
        // Jackson, not JsonPath: JsonPath reads numbers as floats
        JsonNode summary = new ObjectMapper().readTree(given().get("/api/runs/" + run).asString()).get("summary");
        assertEquals(summary.get("steps").asDouble(), snapshot.get("step").values()[0], 0.0);
        assertEquals(summary.get("final_log_loss").asDouble(), snapshot.get("log_loss").values()[0], 0.0);
        assertEquals(40, snapshot.get("0_v").shape()[0], "v: one row per hidden neuron");
        assertEquals(40, snapshot.get("1_g").shape()[0]);
        String log = given().get("/api/runs/" + run + "/artifacts/log.txt").then().statusCode(200).extract().asString();
        assertTrue(log.contains("snapshot final at step " + summary.get("steps").asLong()), log);
        assertTrue(log.contains("stopped: "), log);
    }

    static long finishedRun(long experiment) {
        return SyntheticRuns.finished(experiment, "ewn", "{\"width\":6.0}", 0, Map.of("final_loss", 0.1),
                List.of());
    }

    static Response upload(long run, String runToken, String name, byte[] content, String sha256) {
        var request = given().contentType("application/octet-stream").body(content);
        if (runToken != null) {
            request.header(TOKEN, runToken);
        }
        if (sha256 != null) {
            request.header(CHECKSUM, sha256);
        }
        return request.put("/api/runs/" + run + "/artifacts/" + name);
    }

    private static void assertRefused(Response response, int status, String reason) {
        response.then().statusCode(status);
        String message = response.jsonPath().getString("message");
        assertTrue(message.contains(reason), message);
    }

    /**
     * A PUT written by hand: headers declaring {@code declared} bytes, then only {@code sent} of them, then the
     * connection closes. Returns the status the portal answered, or -1 when it answered nothing.
     */
    private static int rawUpload(long run, String runToken, String sha256, long declared, int sent)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/runs/" + run + "/artifacts/partial.npz HTTP/1.1\r\nHost: localhost\r\n"
                    + TOKEN + ": " + runToken + "\r\n" + CHECKSUM + ": " + sha256 + "\r\nContent-Length: " + declared
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[sent]);
            out.flush();
            if (sent > 0) {
                return -1; // hang up mid-body
            }
            socket.setSoTimeout(10_000);
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] content) throws IOException {
        return Checksums.sha256Hex(new ByteArrayInputStream(content));
    }
}
