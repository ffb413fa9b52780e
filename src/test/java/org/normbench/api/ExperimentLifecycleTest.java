package org.normbench.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;

/** End to end over real parts: REST → database → Kafka → DJL worker → Kafka → ingestion → REST. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ExperimentLifecycleTest {

    @Test
    void runsAreTrainedByTheWorkerAndTheirLossFallsBySixOrders() {
        List<Long> runIds = Api.submit(Api.experiment("e2e", List.of("none", "wn"), 500));
        assertEquals(2, runIds.size());
        for (long runId : runIds) {
            JsonPath run = Api.awaitFinal(runId, Duration.ofMinutes(3));
            assertEquals("SUCCEEDED", run.getString("state"), "run " + runId + ": " + run.getString("error"));
            assertTrue(run.getString("worker").startsWith("worker-") || !run.getString("worker").isBlank());
            JsonPath metrics = given().get("/api/runs/" + runId + "/metrics").then().statusCode(200)
                    .extract().jsonPath();
            List<Long> steps = metrics.getList("series.loss.steps", Long.class);
            List<Double> losses = metrics.getList("series.loss.values", Double.class);
            assertEquals(new HashSet<>(steps).size(), steps.size(), "no duplicated points");
            assertEquals(0L, steps.get(0));
            double first = losses.get(0);
            double last = losses.get(losses.size() - 1);
            assertTrue(first / last >= 1e6, "loss fell from " + first + " to " + last);
            assertEquals(last, run.getDouble("summary.final_loss"), 0.0);
            assertTrue(run.getDouble("summary.loss_reduction_orders") >= 6);
            assertEquals(steps.get(steps.size() - 1).doubleValue(), run.getDouble("summary.steps"), 0.0);
            assertTrue(run.getDouble("summary.fitted_rate") > 0, "the convergence probe's summary arrived");
            assertTrue(run.getDouble("summary.'steps_to_1e-6'") < run.getDouble("summary.steps"));
            assertTrue(run.getDouble("summary.alpha_c") > 1, "the kernel limits arrived");
        }
        JsonPath experiment = given().get("/api/experiments/" + Api.run(runIds.get(0)).getLong("experimentId"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("none", "wn"), experiment.getList("runs.scheme", String.class));

        JsonPath list = given().get("/api/experiments?offset=0&limit=200").then().statusCode(200).extract().jsonPath();
        long id = experiment.getLong("id");
        assertEquals(2L, list.getLong("items.find { it.id == " + id + " }.runs"));
        assertEquals(2L, list.getLong("items.find { it.id == " + id + " }.runsByState.SUCCEEDED"));
        assertTrue(list.getLong("total") >= 1);
    }

    @Test
    void experimentListRejectsBadPaging() {
        given().get("/api/experiments?limit=0&offset=-1").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("limit", "offset"));
    }

    @Test
    void benchmarksAreListedWithTheirParameters() {
        JsonPath benchmarks = given().get("/api/benchmarks").then().statusCode(200).extract().jsonPath();
        assertTrue(benchmarks.getList("key", String.class).contains("dukler-wn-convergence"));
        assertEquals(List.of("none", "wn"), benchmarks.getList("find { it.key == 'dukler-wn-convergence' }.schemes"));
    }

    @Test
    void unknownIdsGive404WithAJsonBody() {
        given().get("/api/runs/987654321").then().statusCode(404)
                .body("message", org.hamcrest.Matchers.containsString("run 987654321 not found"));
        given().get("/api/experiments/987654321").then().statusCode(404);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Kafka"));
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/experiments"));
    }
}
