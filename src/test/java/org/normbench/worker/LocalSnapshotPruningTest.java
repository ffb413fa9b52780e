package org.normbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pruning job: a trained run pruned again from its snapshots gives exactly the curves and summaries it recorded
 * while training (same networks, same random orders), from a local run folder and from a portal run archive; snapshots
 * that do not belong to the run, or are missing, are refused with the reason.
 */
class LocalSnapshotPruningTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path run;

    @BeforeAll
    static void trainOneRun() throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"name": "replay", "benchmark": "morwani-ewn-mnist-pruning", "schemes": ["ewn"],
                 "grid": {"trainExamples": [200], "testExamples": [300], "width": [16], "logLossLevel": [-30]},
                 "seeds": [1]}""");
        Path out = dir.resolve("trained");
        assertEquals(0, LocalRun.execute(new String[] {file.toString(), out.toString()}, System.out, System.err));
        run = out.resolve("run-1-ewn-seed1");
    }

    @Test
    void pruningAgainFromSnapshotsGivesTheRunsOwnCurvesAndSummaries() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path replay = dir.resolve("replay");
        assertEquals(0, prune(run, replay, log, System.err));
        assertSameAsTheRun(replay, log.toString());

        Path archive = archive(run);
        ByteArrayOutputStream archiveLog = new ByteArrayOutputStream();
        Path fromArchive = dir.resolve("from-archive");
        assertEquals(0, prune(archive, fromArchive, archiveLog, System.err));
        assertSameAsTheRun(fromArchive, archiveLog.toString());
    }

    private static void assertSameAsTheRun(Path replay, String log) throws IOException {
        JsonNode recorded = MAPPER.readTree(run.resolve("summary.json").toFile()).get("metrics");
        JsonNode replayed = MAPPER.readTree(replay.resolve("summary.json").toFile());
        List<String> names = new ArrayList<>();
        replayed.fieldNames().forEachRemaining(names::add);
        for (String level : List.of("-5", "-10", "-30")) {
            assertTrue(names.contains("pruned_90pct_accuracy_at_log_loss_" + level), names.toString());
            assertTrue(names.contains("random_pruning_auc_at_log_loss_" + level), names.toString());
        }
        for (String name : names) {
            assertEquals(recorded.get(name).asDouble(), replayed.get(name).asDouble(), 0.0, name);
        }
        assertTrue(log.contains(names.size() + " of " + names.size() + " pruning summaries identical"), log);

        List<String> points = lines(replay.resolve("metrics.csv"));
        Set<String> series = points.stream().map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        assertTrue(series.contains("pruning_curve_at_log_loss_-30"), series.toString());
        assertEquals(lines(run.resolve("metrics.csv")).stream()
                .filter(l -> series.contains(l.substring(0, l.indexOf(',')))).toList(), points,
                "every pruning curve point as the run recorded it");
    }

    @Test
    void snapshotsThatAreNotTheRunsAreRefused() throws IOException {
        Path otherSeed = copy("other-seed");
        ObjectNode config = (ObjectNode) MAPPER.readTree(otherSeed.resolve("run.json").toFile());
        config.put("seed", 2);
        MAPPER.writeValue(otherSeed.resolve("run.json").toFile(), config);
        assertRefused(otherSeed, "the init snapshot is not this configuration's initialization");

        Path noInit = copy("no-init");
        Files.delete(noInit.resolve("snapshot-init.npz"));
        assertRefused(noInit, "there is no init snapshot");

        Path gap = copy("gap");
        Files.delete(gap.resolve("snapshot-log_loss_-10.npz"));
        assertRefused(gap, "there is no snapshot at ln L ≤ −10, although the run went on to ln L ≤ −30");

        Path damaged = copy("damaged");
        Files.write(damaged.resolve("snapshot-log_loss_-5.npz"), new byte[] {1, 2, 3});
        assertRefused(damaged, "snapshot-log_loss_-5.npz");

        assertRefused(dir.resolve("nowhere"), "no run folder or run archive at");
    }

    private static void assertRefused(Path snapshots, String reason) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("refused-" + snapshots.getFileName());
        assertEquals(2, prune(snapshots, out, new ByteArrayOutputStream(), new PrintStream(err, true)));
        assertTrue(err.toString().contains(reason), err.toString());
    }

    private static int prune(Path snapshots, Path out, ByteArrayOutputStream log, PrintStream err) {
        return LocalRun.execute(new String[] {"--prune", snapshots.toString(), out.toString()},
                new PrintStream(log, true), err);
    }

    private static Path copy(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** The run as the portal archives it: run.json with the run's id, the summaries alone, files under artifacts/. */
    private static Path archive(Path folder) throws IOException {
        ObjectNode details = (ObjectNode) MAPPER.readTree(folder.resolve("run.json").toFile());
        details.set("id", details.remove("runId"));
        JsonNode summaries = MAPPER.readTree(folder.resolve("summary.json").toFile()).get("metrics");
        Path zip = dir.resolve("run-1.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(folder)) {
            out.putNextEntry(new ZipEntry("run.json"));
            out.write(MAPPER.writeValueAsBytes(details));
            out.putNextEntry(new ZipEntry("summary.json"));
            out.write(MAPPER.writeValueAsBytes(summaries));
            for (Path snapshot : files.filter(f -> f.getFileName().toString().endsWith(".npz")).toList()) {
                out.putNextEntry(new ZipEntry("artifacts/" + snapshot.getFileName()));
                out.write(Files.readAllBytes(snapshot));
            }
        }
        return zip;
    }

    private static List<String> lines(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).toList();
    }
}
