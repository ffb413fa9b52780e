package org.normbench.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.normbench.experiment.Visibility;
import org.normbench.queue.RunEvent;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/**
 * Every role × every operation × every visibility, through the REST API, against the expected answer. Denied
 * reads never return data: 404 for the experiment and its runs (as for an id that does not exist), 400 "there is
 * no …" where the id is a query parameter, 401 for anonymous writes, 403 where the caller may see but not act.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String BENCHMARK = "morwani-ewn-xor-sparsity";
    private static final String TEAM = "matrix-lab";

    enum Role { ANONYMOUS, OTHER_USER, TEAM_VIEWER, TEAM_MEMBER, TEAM_OWNER, OWNER, ADMIN }

    enum Operation {
        LIST, READ, READ_RUN, READ_METRICS, READ_COMMENTS, READ_PRUNING_JOBS, LEADERBOARD, COMPARE, COMMENT, SHARE, PRUNE
    }

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Visibility, Long> experiments = new EnumMap<>(Visibility.class);
    private final Map<Visibility, Long> runs = new EnumMap<>(Visibility.class);

    /** Once per class; in a @BeforeEach because REST Assured knows the test port only from then on. */
    @BeforeEach
    void createAccountsTeamAndExperiments() {
        if (!experiments.isEmpty()) {
            return;
        }
        Map<Role, String> names = Map.of(Role.OTHER_USER, "mx-mallory", Role.TEAM_VIEWER, "mx-vera",
                Role.TEAM_MEMBER, "mx-mike", Role.TEAM_OWNER, "mx-tom", Role.OWNER, "mx-alice");
        names.forEach((role, name) -> tokens.put(role, TestAccounts.token(name)));
        TestAccounts.account("mx-root", true);
        tokens.put(Role.ADMIN, TestAccounts.token("mx-root"));
        given().auth().oauth2(tokens.get(Role.TEAM_OWNER)).contentType(ContentType.JSON)
                .body(Map.of("name", TEAM)).post("/api/teams").then().statusCode(201);
        for (var member : Map.of("mx-vera", "VIEWER", "mx-mike", "MEMBER", "mx-alice", "MEMBER").entrySet()) {
            given().auth().oauth2(tokens.get(Role.TEAM_OWNER)).contentType(ContentType.JSON)
                    .body(Map.of("role", member.getValue())).put("/api/teams/" + TEAM + "/members/" + member.getKey())
                    .then().statusCode(200);
        }
        long owner = TestAccounts.account("mx-alice").accountId();
        long team = QuarkusTransaction.requiringNew().call(() -> Team.byName(TEAM).orElseThrow().id);
        for (Visibility visibility : Visibility.values()) {
            long experiment = SyntheticRuns.experiment(BENCHMARK, "matrix " + visibility, visibility, owner,
                    visibility == Visibility.PRIVATE ? null : team);
            experiments.put(visibility, experiment);
            runs.put(visibility, SyntheticRuns.finished(experiment, "ewn", "{\"width\":555.0}", 0,
                    Map.of("final_loss", 0.5, "converged", 1.0), List.of(new RunEvent.Point("loss", 0, 1.0),
                            new RunEvent.Point("loss", 1, 0.5))));
        }
    }

    /** Whether a role may read, comment on and manage an experiment of the given visibility. */
    private static boolean[] allowed(Role role, Visibility visibility) {
        return switch (role) {
            case OWNER, ADMIN -> new boolean[] {true, true, true};
            case ANONYMOUS, OTHER_USER -> new boolean[] {visibility == Visibility.PUBLIC,
                    role == Role.OTHER_USER && visibility == Visibility.PUBLIC, false};
            case TEAM_VIEWER -> new boolean[] {visibility != Visibility.PRIVATE, visibility == Visibility.PUBLIC,
                    false};
            case TEAM_MEMBER -> new boolean[] {visibility != Visibility.PRIVATE, visibility != Visibility.PRIVATE,
                    false};
            case TEAM_OWNER -> new boolean[] {visibility != Visibility.PRIVATE, visibility != Visibility.PRIVATE,
                    visibility != Visibility.PRIVATE};
        };
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Visibility visibility : Visibility.values()) {
                for (Operation operation : Operation.values()) {
                    cases.add(Arguments.of(role, visibility, operation));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} {1}")
    @MethodSource("matrix")
    void matrix(Role role, Visibility visibility, Operation operation) {
        boolean[] may = allowed(role, visibility);
        boolean read = may[0];
        long experiment = experiments.get(visibility);
        long run = runs.get(visibility);
        switch (operation) {
            case LIST -> {
                List<Long> ids = as(role).get("/api/experiments?limit=200").then().statusCode(200).extract()
                        .jsonPath().getList("items.id", Long.class);
                assertEquals(read, ids.contains(experiment), role + " lists " + visibility);
            }
            case READ -> expectRead(as(role).get("/api/experiments/" + experiment), read, 404, "matrix");
            case READ_RUN -> expectRead(as(role).get("/api/runs/" + run), read, 404, "ewn");
            case READ_METRICS -> expectRead(as(role).get("/api/runs/" + run + "/metrics"), read, 404, "loss");
            case READ_COMMENTS -> expectRead(as(role).get("/api/experiments/" + experiment + "/comments"), read, 404,
                    "[");
            case READ_PRUNING_JOBS -> expectRead(as(role).get("/api/runs/" + run + "/pruning-jobs"), read, 404, "[");
            case LEADERBOARD -> expectRead(as(role).get("/api/leaderboards/" + BENCHMARK + "/final_loss?experiment="
                    + experiment), read, 400, "\"rows\"");
            case COMPARE -> expectRead(as(role).get("/api/comparisons/runs?series=loss&id=" + run), read, 400,
                    "\"curves\"");
            case COMMENT -> expectWrite(as(role).contentType(ContentType.JSON)
                    .body(Map.of("body", "seen by " + role)).post("/api/experiments/" + experiment + "/comments"),
                    role, read, may[1], 201);
            case SHARE -> expectWrite(as(role).contentType(ContentType.JSON)
                    .body(visibility == Visibility.PRIVATE ? Map.of("visibility", "PRIVATE")
                            : Map.of("visibility", visibility.name(), "team", TEAM))
                    .put("/api/experiments/" + experiment + "/sharing"), role, read, may[2], 200);
            // those who may manage it pass the access check and learn that this benchmark prunes nothing
            case PRUNE -> expectWrite(as(role).post("/api/runs/" + run + "/pruning-jobs"), role, read, may[2], 409);
        }
    }

    private RequestSpecification as(Role role) {
        RequestSpecification request = given();
        return role == Role.ANONYMOUS ? request : request.auth().oauth2(tokens.get(role));
    }

    /** Allowed: 200 with the data. Denied: the given status, and nothing of the resource in the body. */
    private static void expectRead(Response response, boolean allowed, int deniedStatus, String dataMarker) {
        String body = response.asString();
        if (allowed) {
            assertEquals(200, response.statusCode(), body);
            assertTrue(body.contains(dataMarker), body);
        } else {
            assertEquals(deniedStatus, response.statusCode(), body);
            assertFalse(body.contains("matrix") || body.contains("\"curves\"") || body.contains("\"series\"")
                    || body.contains("\"rows\""), body);
        }
    }

    /** Anonymous: 401; cannot see: 404; sees but may not act: 403; may: the success status. */
    private static void expectWrite(Response response, Role role, boolean read, boolean allowed, int success) {
        int expected = allowed ? success : role == Role.ANONYMOUS ? 401 : !read ? 404 : 403;
        assertEquals(expected, response.statusCode(), response.asString());
    }
}
