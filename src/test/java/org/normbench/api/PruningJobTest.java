package org.normbench.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normbench.artifact.Artifact;
import org.normbench.experiment.Run;
import org.normbench.leaderboard.ExperimentAggregate;
import org.normbench.metric.MetricPoint;
import org.normbench.metric.SummaryMetric;
import org.normbench.pruning.PruningJob;
import org.normbench.pruning.PruningJobState;
import org.normbench.pruning.PruningResultHandler;
import org.normbench.queue.RunEvent;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/**
 * Pruning jobs end to end: REST → database → Kafka → the worker fetches the run's snapshots with the run's token and
 * prunes again → Kafka → the run's pruning curves and summaries are replaced, the leaderboard rows rebuilt. A private
 * run of spec 000 E-PR (small: 200 digits, 16 neurons, to e^−30) is trained once for all tests.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PruningJobTest {

    private static final String METRIC = "pruned_90pct_accuracy_at_log_loss_-30";
    private static final String CURVE = "pruning_curve_at_log_loss_-30";

    @Inject
    PruningResultHandler results;

    private String owner;
    private long runId;
    private long experimentId;
    private JsonPath trained;

    /** REST Assured knows the test port only once a test runs, so not in a @BeforeAll. */
    @BeforeEach
    void trainOneRun() {
        if (trained != null) {
            return;
        }
        owner = TestAccounts.token("pruner");
        List<Long> runIds = Api.submit(owner, Map.of("name", "prune again", "benchmark", "morwani-ewn-mnist-pruning",
                "schemes", List.of("ewn"), "grid", Map.of("trainExamples", List.of(200), "testExamples", List.of(300),
                        "width", List.of(16), "logLossLevel", List.of(-30)), "seeds", List.of(1)));
        runId = runIds.get(0);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> state(runId).matches("SUCCEEDED|FAILED|CANCELLED"));
        trained = run(runId);
        assertEquals("SUCCEEDED", trained.getString("state"), trained.getString("error"));
        experimentId = trained.getLong("experimentId");
    }

    @Test
    void aPrunedRunReproducesItsCurvesAndATamperedValueIsRestoredEverywhere() {
        List<Double> curve = curve();
        JsonPath job = finished(given().auth().oauth2(owner).post("/api/runs/" + runId + "/pruning-jobs").then()
                .statusCode(202).body("state", equalTo("QUEUED")).extract().jsonPath()
                .getLong("id"));
        assertEquals("SUCCEEDED", job.getString("state"), job.getString("error"));
        assertTrue(job.getInt("summaryCount") >= 10, "the pruning summaries of every level: " + job.prettify());
        assertEquals(0, job.getInt("changedCount"), "pruning again from the snapshots reproduces every summary");
        assertEquals(List.of(), job.getList("replaced.changes"));
        assertEquals(curve, job.getList("replaced.series.'" + CURVE + "'.values", Double.class));
        assertEquals(curve, curve(), "the curve as trained");
        assertEquals(trained.getMap("summary"), run(runId).getMap("summary"));

        // a lost or damaged value — the run's summary and its leaderboard row — is put right by the next job
        double value = trained.getDouble("summary." + METRIC);
        QuarkusTransaction.requiringNew().run(() -> {
            SummaryMetric.update("value = 0.0 where runId = ?1 and name = ?2", runId, METRIC);
            MetricPoint.update("value = -1.0 where runId = ?1 and series = ?2 and step = 90", runId, CURVE);
            ExperimentAggregate.update("mean = 0.0 where experimentId = ?1 and metric = ?2", experimentId, METRIC);
        });
        List<Object> jobs = given().auth().oauth2(owner).post("/api/experiments/" + experimentId + "/pruning-jobs")
                .then().statusCode(202).extract().jsonPath().getList("id");
        assertEquals(1, jobs.size());
        JsonPath repair = finished(((Number) jobs.get(0)).longValue());
        assertEquals("SUCCEEDED", repair.getString("state"), repair.getString("error"));
        assertEquals(1, repair.getInt("changedCount"));
        assertEquals(METRIC, repair.getString("replaced.changes[0].name"));
        assertEquals(0.0, repair.getDouble("replaced.changes[0].before"));
        assertEquals(value, repair.getDouble("replaced.changes[0].after"), 1e-7);
        assertTrue(repair.getList("replaced.series.'" + CURVE + "'.values", Double.class).contains(-1.0),
                "the replaced points are kept in the job");
        assertEquals(curve, curve());
        assertEquals(value, run(runId).getDouble("summary." + METRIC), 1e-7);
        double mean = QuarkusTransaction.requiringNew().call(() -> ExperimentAggregate.<ExperimentAggregate>find(
                "experimentId = ?1 and metric = ?2", experimentId, METRIC).singleResult().mean);
        assertEquals(value, mean, 1e-7, "the leaderboard row was rebuilt from the run's summaries");
        assertEquals(2, given().auth().oauth2(owner).get("/api/runs/" + runId + "/pruning-jobs").then()
                .statusCode(200).extract().jsonPath().getList("id").size());
    }

    @Test
    void theWorkerReadsThePrivateRunsSnapshotsWithTheRunTokenOnly() {
        String token = QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(runId).runToken);
        String snapshot = "/api/runs/" + runId + "/artifacts/snapshot-init.npz";
        given().get(snapshot).then().statusCode(404);
        given().header(ArtifactUploadRoute.RUN_TOKEN_HEADER, "0".repeat(64)).get(snapshot).then().statusCode(404);
        given().header(ArtifactUploadRoute.RUN_TOKEN_HEADER, token).get(snapshot).then().statusCode(200);
    }

    @Test
    void jobsThatCannotRunAreRefusedWithTheReason() {
        given().post("/api/runs/" + runId + "/pruning-jobs").then().statusCode(401);
        given().auth().oauth2(TestAccounts.token("bystander")).post("/api/runs/" + runId + "/pruning-jobs").then()
                .statusCode(404);
        List<Long> other = Api.submit(owner, Api.experiment("prunes nothing", List.of("wn"), 50));
        given().auth().oauth2(owner).post("/api/runs/" + other.get(0) + "/pruning-jobs").then().statusCode(409)
                .body("message", containsString("benchmark dukler-wn-convergence prunes nothing"));
        given().auth().oauth2(owner).post("/api/runs/999999/pruning-jobs").then().statusCode(404);
    }

    /** On a run of its own, whose init snapshot is taken away. */
    @Test
    void aJobWithoutTheInitSnapshotFailsAndLeavesTheRunAsItWas() {
        List<Long> runIds = Api.submit(owner, Map.of("name", "no init", "benchmark", "morwani-ewn-mnist-pruning",
                "schemes", List.of("none"), "grid", Map.of("trainExamples", List.of(200), "testExamples",
                        List.of(300), "width", List.of(16), "logLossLevel", List.of(-10)), "seeds", List.of(2)));
        long id = runIds.get(0);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> state(id).matches("SUCCEEDED|FAILED|CANCELLED"));
        JsonPath before = run(id);
        assertEquals("SUCCEEDED", before.getString("state"), before.getString("error"));
        QuarkusTransaction.requiringNew().run(() -> Artifact.delete("runId = ?1 and name = ?2", id,
                "snapshot-init.npz"));
        JsonPath job = finished(given().auth().oauth2(owner).post("/api/runs/" + id + "/pruning-jobs").then()
                .statusCode(202).extract().jsonPath().getLong("id"));
        assertEquals("FAILED", job.getString("state"));
        assertTrue(job.getString("error").contains("there is no init snapshot"), job.getString("error"));
        assertNotNull(job.getString("worker"));
        assertNull(job.get("replaced"));
        assertEquals(before.getMap("summary"), run(id).getMap("summary"));
    }

    /**
     * A worker's report is input like any other: a point repeated within it is stored once (the last), a summary
     * without a value is left out, and a second report on the finished job changes nothing. On a synthetic run (no
     * worker prunes it: the test reports on its job itself).
     */
    @Test
    void aRepeatedPointOrAnEmptySummaryInAReportDoesNotBreakIngestion() {
        long experiment = SyntheticRuns.experiment("morwani-ewn-mnist-pruning", "synthetic pruning");
        long run = SyntheticRuns.finished(experiment, "ewn", "{\"width\":16.0}", 0, Map.of(METRIC, 0.25,
                "converged", 1.0), List.of(new RunEvent.Point(CURVE, 5, 0.9)));
        long job = QuarkusTransaction.requiringNew().call(() -> {
            PruningJob queued = new PruningJob();
            queued.run = Run.findById(run);
            queued.state = PruningJobState.QUEUED;
            queued.requestedBy = "pruner";
            queued.createdAt = Instant.now();
            queued.dispatchedAt = queued.createdAt; // never sent to a worker
            queued.persist();
            return queued.id;
        });
        Map<String, Double> summary = new HashMap<>();
        summary.put(METRIC, 0.5);
        summary.put("pruning_auc_at_log_loss_-30", null);
        results.apply(new RunEvent(RunEvent.SCHEMA_VERSION, run, SyntheticRuns.token(run), RunEvent.Type.PRUNED,
                "test-worker", System.currentTimeMillis(), List.of(new RunEvent.Point(CURVE, 5, 1.0),
                        new RunEvent.Point(CURVE, 5, 2.0)), summary, null, null, job));
        results.apply(RunEvent.pruningFailed(run, SyntheticRuns.token(run), "late-worker", job, "a late report"));
        JsonPath done = given().get("/api/runs/" + run + "/pruning-jobs").then().statusCode(200).extract().jsonPath();
        assertEquals("SUCCEEDED", done.getString("[0].state"), "a later report does not change a finished job");
        assertEquals(1, done.getInt("[0].summaryCount"));
        assertEquals(0.25, done.getDouble("[0].replaced.changes[0].before"));
        assertEquals(List.of(2.0), given().get("/api/runs/" + run + "/metrics").then().extract().jsonPath()
                .getList("series.'" + CURVE + "'.values", Double.class));
        assertEquals(0.5, Api.run(run).getDouble("summary." + METRIC));
    }

    private JsonPath finished(long job) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> !job(job).getString("state").equals("QUEUED"));
        return job(job);
    }

    private JsonPath job(long job) {
        JsonPath jobs = given().auth().oauth2(owner).get("/api/runs/" + runIdOf(job) + "/pruning-jobs").then()
                .statusCode(200).extract().jsonPath();
        return jobs.setRootPath("find { it.id == " + job + " }");
    }

    private static long runIdOf(long job) {
        return QuarkusTransaction.requiringNew().call(() -> PruningJob.<PruningJob>findById(job).run.id);
    }

    private List<Double> curve() {
        return given().auth().oauth2(owner).get("/api/runs/" + runId + "/metrics").then().statusCode(200).extract()
                .jsonPath().getList("series.'" + CURVE + "'.values", Double.class);
    }

    private JsonPath run(long id) {
        return given().auth().oauth2(owner).get("/api/runs/" + id).then().statusCode(200).extract().jsonPath();
    }

    private String state(long id) {
        return run(id).getString("state");
    }
}
