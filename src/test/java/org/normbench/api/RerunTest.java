package org.normbench.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.TestAccounts;

/** A rerun trains the same runs again; on the same CPU it reproduces every metric series exactly. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class RerunTest {

    @Test
    void aRerunReproducesTheOriginalsSeriesBitForBit() {
        String token = TestAccounts.token("rerunner");
        List<Long> original = Api.submit(token, Map.of("name", "to rerun", "benchmark", "dukler-wn-convergence",
                "schemes", List.of("wn"), "grid", Map.of("width", List.of(80), "maxSteps", List.of(400)),
                "seeds", List.of(3), "visibility", "PUBLIC"));
        Api.awaitFinal(original.get(0), Duration.ofMinutes(2));
        long experiment = Api.run(original.get(0)).getLong("experimentId");

        String other = TestAccounts.token("rerun-other");
        JsonPath created = given().auth().oauth2(other).post("/api/experiments/" + experiment + "/rerun").then()
                .statusCode(201).extract().jsonPath();
        long rerun = created.getList("runIds", Long.class).get(0);
        await().atMost(Duration.ofMinutes(2)).until(() -> given().auth().oauth2(other).get("/api/runs/" + rerun)
                .then().extract().path("state").equals("SUCCEEDED"));
        JsonPath copy = given().auth().oauth2(other).get("/api/runs/" + rerun).then().extract().jsonPath();
        assertEquals("SUCCEEDED", copy.getString("state"), copy.getString("error"));
        JsonPath rerunExperiment = given().auth().oauth2(other).get("/api/experiments/" + created.getLong("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("to rerun (rerun of #" + experiment + ")", rerunExperiment.getString("name"));
        assertEquals("rerun-other", rerunExperiment.getString("owner"));
        assertEquals("PRIVATE", rerunExperiment.getString("visibility"), "someone else's rerun starts private");
        assertEquals(Api.run(original.get(0)).getMap("parameters"), copy.getMap("parameters"));

        Map<String, Object> first = series(original.get(0), other);
        Map<String, Object> second = series(rerun, other);
        assertFalse(first.isEmpty());
        assertEquals(first, second, "every series, every step, every double");
        assertNotEquals(original.get(0), rerun);

        given().post("/api/experiments/" + experiment + "/rerun").then().statusCode(401);
        given().auth().oauth2(other).post("/api/experiments/987654321/rerun").then().statusCode(404);
    }

    /** All of a run's series, numbers read as doubles. */
    private static Map<String, Object> series(long runId, String token) {
        String json = given().auth().oauth2(token).get("/api/runs/" + runId + "/metrics").then().statusCode(200).extract().asString();
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)).getMap("series");
    }
}
