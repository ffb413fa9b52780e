package org.normbench.artifact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.metric.Csv;
import org.normbench.queue.RunEvent;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;
import org.normbench.support.Zips;

/** Run and experiment archives: every point at full precision, checksums that verify, visibility respected. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ArchiveApiTest {

    private static final String BENCHMARK = "morwani-ewn-xor-sparsity";

    @Test
    void anExperimentArchiveHoldsEveryRunsFilesWithChecksumsThatVerify() throws Exception {
        long owner = TestAccounts.account("ar-owner").accountId();
        String token = TestAccounts.token("ar-owner");
        long experiment = SyntheticRuns.experiment(BENCHMARK, "archived", Visibility.PRIVATE, owner, null);
        List<RunEvent.Point> points = new ArrayList<>();
        for (int step = 0; step < 3000; step++) {
            points.add(new RunEvent.Point("loss", step, Math.exp(-step / 7.0) / 3));
        }
        points.add(new RunEvent.Point("norm, first layer", 0, 1e-300));
        long first = SyntheticRuns.finished(experiment, "ewn", "{\"width\":6.0}", 0,
                Map.of("final_loss", Math.exp(-2999 / 7.0) / 3, "converged", 1.0), points);
        long second = SyntheticRuns.finished(experiment, "none", "{\"width\":6.0}", 1, Map.of("final_loss", 0.5),
                List.of(new RunEvent.Point("loss", 0, 0.5)));

        byte[] zip = given().auth().oauth2(token).get("/api/experiments/" + experiment + "/archive").then()
                .statusCode(200).header("Content-Disposition", "attachment; filename=\"experiment-" + experiment
                        + ".zip\"").extract().asByteArray();
        Map<String, byte[]> files = Zips.unzip(zip);
        String r1 = "runs/" + first + "/";
        String r2 = "runs/" + second + "/";
        assertEquals(List.of("experiment.json", r1 + "run.json", r1 + "summary.json", r1 + "metrics.csv",
                r1 + "metrics.arrow", r2 + "run.json", r2 + "summary.json", r2 + "metrics.csv", r2 + "metrics.arrow",
                "manifest.json", "SHA256SUMS"),
                List.copyOf(files.keySet()));

        String[] sums = text(files, "SHA256SUMS").split("\n");
        assertEquals(files.size() - 1, sums.length, "every file but SHA256SUMS itself");
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(parts[1]))),
                    parts[0], parts[1]);
        }

        String[] csv = text(files, r1 + "metrics.csv").split("\n");
        assertEquals("series,step,value", csv[0]);
        assertEquals(3002, csv.length);
        assertEquals(Math.exp(-1234 / 7.0) / 3, Double.parseDouble(csv[1 + 1234].split(",")[2]), 0.0,
                "full precision");
        assertEquals("loss,2999," + (Math.exp(-2999 / 7.0) / 3), csv[3000]);
        assertEquals("\"norm, first layer\",0,1.0E-300", csv[3001]);
        assertEquals(List.of(csv).subList(1, csv.length), arrowRowsAsCsv(files.get(r1 + "metrics.arrow")),
                "the Arrow file holds the same points, bit for bit");
        assertTrue(text(files, r1 + "run.json").contains("\"scheme\" : \"ewn\""));
        assertTrue(text(files, "experiment.json").contains("\"visibility\" : \"PRIVATE\""));
        assertTrue(text(files, "manifest.json").contains("\"path\" : \"" + r1 + "metrics.csv\""));

        Map<String, byte[]> run = Zips.unzip(given().auth().oauth2(token).get("/api/runs/" + second + "/archive").then()
                .statusCode(200).extract().asByteArray());
        assertEquals(List.of("run.json", "summary.json", "metrics.csv", "metrics.arrow", "SHA256SUMS"),
                List.copyOf(run.keySet()));
        assertEquals("series,step,value\nloss,0,0.5\n", text(run, "metrics.csv"));

        given().get("/api/experiments/" + experiment + "/archive").then().statusCode(404);
        given().auth().oauth2(TestAccounts.token("ar-stranger")).get("/api/runs/" + first + "/archive").then()
                .statusCode(404);
    }


    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** Reads an Arrow IPC file with Arrow's own reader, every row as the archive's CSV writes it. */
    private static List<String> arrowRowsAsCsv(byte[] file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (RootAllocator allocator = new RootAllocator();
                ArrowFileReader reader = new ArrowFileReader(new ByteArrayReadableSeekableByteChannel(file),
                        allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertEquals("Schema<series: Utf8 not null, step: Int(64, true) not null,"
                    + " value: FloatingPoint(DOUBLE) not null>", root.getSchema().toString());
            while (reader.loadNextBatch()) {
                for (int i = 0; i < root.getRowCount(); i++) {
                    rows.add(Csv.quote(root.getVector("series").getObject(i).toString()) + ","
                            + root.getVector("step").getObject(i) + "," + root.getVector("value").getObject(i));
                }
            }
        }
        return rows;
    }
}
