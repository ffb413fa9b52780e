package org.normbench.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** REST helpers shared by the tests. */
public final class Api {

    private Api() {
    }

    /** A small public experiment of the seed-002 benchmark: widths and schemes as given, 1 seed. */
    public static Map<String, Object> experiment(String name, List<String> schemes, int width) {
        return Map.of("name", name, "benchmark", "dukler-wn-convergence", "schemes", schemes,
                "grid", Map.of("width", List.of(width), "learningRate", List.of(0.25)), "seeds", List.of(0),
                "visibility", "PUBLIC");
    }

    /** Submits an experiment with an API token and returns its run ids. */
    public static List<Long> submit(String token, Map<String, Object> experiment) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(experiment)
                .when().post("/api/experiments")
                .then().statusCode(201)
                .extract().jsonPath().getList("runIds", Long.class);
    }

    public static JsonPath run(long id) {
        return given().when().get("/api/runs/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the run is in a final state and returns it. */
    public static JsonPath awaitFinal(long id, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            String state = run(id).getString("state");
            return state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED");
        });
        return run(id);
    }
}
