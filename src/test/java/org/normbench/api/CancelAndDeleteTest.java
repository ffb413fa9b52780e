package org.normbench.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.leaderboard.ExperimentAggregate;
import org.normbench.metric.MetricPoint;
import org.normbench.queue.RunEvent;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/** Cancelling stops an experiment's unfinished runs; deleting removes it everywhere, leaderboards included. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class CancelAndDeleteTest {

    private static final String BENCHMARK = "morwani-ewn-xor-sparsity";

    @Test
    void onlyManagersCancelAndDeleteAndADeletedExperimentLeavesNoTrace() {
        long owner = TestAccounts.account("cd-owner").accountId();
        String token = TestAccounts.token("cd-owner");
        long experiment = SyntheticRuns.experiment(BENCHMARK, "to delete", Visibility.PUBLIC, owner, null);
        long first = SyntheticRuns.finished(experiment, "ewn", "{\"width\":888.0}", 0, Map.of("final_loss", 1.0),
                List.of(new RunEvent.Point("loss", 0, 2.0), new RunEvent.Point("loss", 1, 1.0)));
        SyntheticRuns.finished(experiment, "ewn", "{\"width\":888.0}", 1, Map.of("final_loss", 3.0),
                List.of(new RunEvent.Point("loss", 0, 3.0)));
        long running = SyntheticRuns.running(experiment, "ewn", "{\"width\":888.0}", 2);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("body", "first look"))
                .post("/api/experiments/" + experiment + "/comments").then().statusCode(201);
        String global = "/api/leaderboards/" + BENCHMARK + "/final_loss?param=width:888";
        given().get(global).then().statusCode(200).body("rows.items[0].seeds", equalTo(2));

        String stranger = TestAccounts.token("cd-stranger");
        given().post("/api/experiments/" + experiment + "/cancel").then().statusCode(401);
        given().auth().oauth2(stranger).post("/api/experiments/" + experiment + "/cancel").then().statusCode(403);
        given().auth().oauth2(stranger).delete("/api/experiments/" + experiment).then().statusCode(403);
        given().delete("/api/experiments/" + experiment).then().statusCode(401);

        given().auth().oauth2(token).post("/api/experiments/" + experiment + "/cancel").then().statusCode(200);
        given().get("/api/runs/" + running).then().statusCode(200).body("state", equalTo("CANCELLED"));
        given().get("/api/runs/" + first).then().body("state", equalTo("SUCCEEDED"));

        given().auth().oauth2(token).delete("/api/experiments/" + experiment).then().statusCode(204);
        given().auth().oauth2(token).get("/api/experiments/" + experiment).then().statusCode(404);
        given().get("/api/runs/" + first).then().statusCode(404);
        given().auth().oauth2(token).get("/api/experiments/" + experiment + "/archive").then().statusCode(404);
        given().get(global).then().statusCode(200).body("rows.total", equalTo(0));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> MetricPoint.count("runId = ?1", first)
                + ExperimentAggregate.count("experimentId = ?1", experiment)));
        given().auth().oauth2(token).delete("/api/experiments/" + experiment).then().statusCode(404);
    }

    /**
     * A run cancelled while it trains stops at its next step: the worker is free for the next run at once, instead
     * of spending hours on a run nobody wants (ten million steps here), and leaves no files behind.
     */
    @Test
    void aCancelledRunStopsTrainingAndFreesTheWorker() {
        String token = TestAccounts.token("cd-canceller");
        Map<String, Object> endless = Map.of("name", "endless", "benchmark", "dukler-wn-convergence",
                "schemes", List.of("wn"), "grid", Map.of("width", List.of(200), "learningRate", List.of(0.001),
                        "maxSteps", List.of(10_000_000), "relativeTolerance", List.of(1e-300)),
                "seeds", List.of(0), "visibility", "PUBLIC");
        long endlessRun = Api.submit(token, endless).get(0);
        long endlessExperiment = Api.run(endlessRun).getLong("experimentId");
        await().atMost(Duration.ofMinutes(2)).until(() -> Api.run(endlessRun).getString("state").equals("RUNNING"));
        given().auth().oauth2(token).post("/api/experiments/" + endlessExperiment + "/cancel").then().statusCode(200);

        long next = Api.submit(token, Api.experiment("after the cancel", List.of("none"), 20)).get(0);
        JsonPath done = Api.awaitFinal(next, Duration.ofMinutes(1));
        assertEquals("SUCCEEDED", done.getString("state"), done.getString("error"));
        assertEquals("CANCELLED", Api.run(endlessRun).getString("state"));
        assertEquals(List.of(), Api.run(endlessRun).getList("artifacts"));
    }
}
