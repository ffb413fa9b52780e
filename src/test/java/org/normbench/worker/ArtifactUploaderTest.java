package org.normbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;

/**
 * The worker's side of uploads against the test portal: a sealed folder is uploaded and removed; one whose run the
 * portal does not know is discarded; an unreachable portal keeps it, sealed, for the next attempt.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ArtifactUploaderTest {

    @TestHTTPResource("/")
    URI portal;

    @TempDir
    Path spoolDirectory;

    @Test
    void sealedFoldersAreUploadedDiscardedOrKeptByWhatThePortalSays() throws IOException {
        Spool spool = new Spool(spoolDirectory);
        long run = SyntheticRuns.finished(SyntheticRuns.experiment("morwani-ewn-xor-sparsity", "uploader"), "ewn",
                "{\"width\":6.0}", 0, Map.of("final_loss", 0.1), List.of());
        ArtifactUploader uploader = new ArtifactUploader(() -> portal, Duration.ofSeconds(30));

        Spool.Sealed unreachable = seal(spool, run, SyntheticRuns.token(run));
        Files.writeString(unreachable.folder().resolve("snapshot-final.npz.partial"), "half a file");
        Path corrupt = Files.createDirectories(spoolDirectory.resolve("run-77"));
        Files.writeString(corrupt.resolve(Spool.SEAL), "runId=not a number");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(ArtifactUploader.Result.UNREACHABLE, new ArtifactUploader(
                () -> URI.create("http://localhost:" + closedPort), Duration.ofSeconds(5)).upload(unreachable));
        assertEquals(List.of(unreachable), spool.sealed(), "kept for the next attempt; the unreadable one skipped");

        assertEquals(ArtifactUploader.Result.UPLOADED, uploader.upload(unreachable));
        assertFalse(Files.exists(unreachable.folder()));
        assertEquals(List.of("log.txt"), Api.run(run).getList("artifacts.name"), "not the half-written file");

        Spool.Sealed unknown = seal(spool, 987_654_321L, "0".repeat(64));
        assertEquals(ArtifactUploader.Result.DISCARDED, uploader.upload(unknown));
        assertFalse(Files.exists(unknown.folder()));
        assertTrue(spool.sealed().isEmpty());
    }

    private static Spool.Sealed seal(Spool spool, long runId, String token) {
        RunFolder folder = spool.open(runId);
        folder.log("run " + runId + ": a line");
        return spool.seal(folder, runId, token);
    }
}
