package org.normbench.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.Run;
import org.normbench.experiment.Visibility;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/** Bad experiments get 400 with one message per bad field, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class InvalidExperimentTest {

    private static final String BENCHMARK = "dukler-wn-convergence";

    private String token;

    @BeforeEach
    void signIn() {
        token = TestAccounts.token("tester");
    }

    @Test
    void teamTheSubmitterIsNotInAndTeamVisibilityWithoutTeam() {
        reject(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of("wn"), "seeds", List.of(0),
                "visibility", "TEAM", "team", "nobodys-team"), "team", "you are not a member of a team 'nobodys-team'");
        reject(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of("wn"), "seeds", List.of(0),
                "visibility", "TEAM"), "team", "choose the team to share with");
    }

    @Test
    void aSubmissionPastTheQuotaOfUnfinishedRunsIsRefused() {
        long owner = TestAccounts.account("quota-user").accountId();
        long experiment = SyntheticRuns.experiment(BENCHMARK, "holding runs", Visibility.PRIVATE, owner, null);
        for (long seed = 0; seed < 49; seed++) {
            SyntheticRuns.running(experiment, "wn", "{}", seed);
        }
        token = TestAccounts.token("quota-user");
        reject(Map.of("name", "two more", "benchmark", BENCHMARK, "schemes", List.of("none", "wn"),
                "seeds", List.of(0)), "runs", "this experiment has 2 runs and you have 49 queued or running;"
                        + " each person may have at most 50");
    }

    @Test
    void anonymousSubmissionIsRefusedAndStoresNothing() {
        long experiments = count(Experiment.class);
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "benchmark", BENCHMARK, "schemes",
                List.of("wn"), "seeds", List.of(0))).when().post("/api/experiments").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("message", containsString("sign in (or send an API token) to submit experiments"));
        assertEquals(experiments, count(Experiment.class));
    }

    @Test
    void unknownBenchmark() {
        reject(Map.of("name", "x", "benchmark", "no-such-benchmark", "schemes", List.of("wn"), "seeds", List.of(0)),
                "benchmark", "unknown benchmark 'no-such-benchmark'");
    }

    @Test
    void emptySchemeList() {
        reject(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of(), "seeds", List.of(0)),
                "schemes", "choose at least one scheme");
    }

    @Test
    void unsupportedScheme() {
        reject(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of("bn"), "seeds", List.of(0)),
                "schemes[0]", "does not support scheme 'bn'");
    }

    @Test
    void negativeWidth() {
        reject(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of("wn"),
                "grid", Map.of("width", List.of(100, -5)), "seeds", List.of(0)),
                "grid.width[1]", "Width m must be at least 1, got -5");
    }

    @Test
    void moreMeasurementsThanUnknownsIsRefusedBeforeAnyRunIsQueued() {
        reject(Map.of("name", "x", "benchmark", "chou-wn-sparse-recovery", "schemes", List.of("none"),
                "grid", Map.of("dimension", List.of(2000, 100)), "seeds", List.of(0)),
                "grid.measurements", "needs measurements < dimension, but a run would get measurements = 150 and"
                        + " dimension = 100");
    }

    @Test
    void aMillionRuns() {
        List<Long> seeds = LongStream.range(0, 100).boxed().toList();
        List<Integer> widths = java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList();
        List<Double> rates = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> i / 100.0).toList();
        List<Double> alphas = java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> (double) i).toList();
        // 2 schemes: none 50·50·100 + wn 50·50·4·100 = 1,250,000 runs
        reject(Map.of("name", "huge", "benchmark", BENCHMARK, "schemes", List.of("none", "wn"),
                "grid", Map.of("width", widths, "learningRate", rates, "alpha", alphas), "seeds", seeds),
                "grid", "expands to 1250000 runs; at most 1000 are allowed");
    }

    @Test
    void parameterOfNoSelectedSchemeAndMissingName() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("benchmark", BENCHMARK, "schemes", List.of("none"),
                "grid", Map.of("alpha", List.of(1)), "seeds", List.of(0)))
                .when().post("/api/experiments")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("grid.alpha"))
                .body("errors.find { it.field == 'grid.alpha' }.message", containsString("applies only to schemes [wn]"));
    }

    @Test
    void malformedJson() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": ").when().post("/api/experiments")
                .then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body"))
                .body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void wrongValueTypeNamesTheField() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "x", "benchmark", BENCHMARK, "schemes", List.of("wn"),
                "grid", Map.of("width", List.of("wide")), "seeds", List.of(0)))
                .when().post("/api/experiments")
                .then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("grid.width[0]"))
                .body("errors[0].message", containsString("wrong type"));
    }

    private void reject(Map<String, Object> body, String field, String message) {
        long experiments = count(Experiment.class);
        long runs = count(Run.class);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/experiments")
                .then().statusCode(400)
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
        assertEquals(experiments, count(Experiment.class), "no experiment stored");
        assertEquals(runs, count(Run.class), "no run stored");
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> entity == Experiment.class ? Experiment.count() : Run.count());
    }
}
