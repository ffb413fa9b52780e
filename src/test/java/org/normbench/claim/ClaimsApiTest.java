package org.normbench.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/**
 * Claims through the REST API: verdicts on an experiment's runs with known values (the depth benchmark's paired
 * ratios), the benchmark's presets and claims, and a preset reproduced end to end by the worker with its claims
 * judged on the public runs.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ClaimsApiTest {

    private static final String DEPTH = "morwani-ewn-depth-convergence";
    private static final String SIMPLE_TRAJ = "morwani-ewn-simple-traj";

    private static String depthSetting(int depth) {
        return "{\"depth\":" + depth + ".0,\"width\":100.0,\"learningRate\":0.001,\"maxSteps\":5000.0,"
                + "\"logEvery\":10.0}";
    }

    /** A finished run of the depth benchmark whose final loss is {@code finalLoss}. */
    private static void depthRun(long experiment, String scheme, int depth, long seed, double finalLoss) {
        Map<String, Double> summary = new HashMap<>(Map.of("final_loss", finalLoss, "converged", 0.0));
        SyntheticRuns.finished(experiment, scheme, depthSetting(depth), seed, summary, List.of());
    }

    @Test
    void anExperimentsRunsDecideItsClaims() {
        long owner = TestAccounts.account("claims-owner").accountId();
        String token = TestAccounts.token("claims-owner");
        long experiment = SyntheticRuns.experiment(DEPTH, "depth claims", Visibility.PRIVATE, owner, null);
        for (long seed = 1; seed <= 3; seed++) {
            // none: depth 1 loses exactly 70× more than depth 4 in every seed; swn only 10×; ewn has two seeds
            depthRun(experiment, "none", 1, seed, 0.07 * seed);
            depthRun(experiment, "none", 4, seed, 0.001 * seed);
            depthRun(experiment, "swn", 1, seed, 0.01 * seed);
            depthRun(experiment, "swn", 4, seed, 0.001 * seed);
            if (seed < 3) {
                depthRun(experiment, "ewn", 1, seed, 0.0047 * seed);
                depthRun(experiment, "ewn", 4, seed, 0.002 * seed);
            }
        }
        JsonPath claims = given().auth().oauth2(token).get("/api/experiments/" + experiment + "/claims").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("HOLDS", verdict(claims, "none-depth-speedup"));
        assertEquals(70, claims.getDouble("find { it.claim.id == 'none-depth-speedup' }.measured"), 1e-9);
        assertEquals("VIOLATED", verdict(claims, "swn-depth-speedup"));
        assertEquals("INCONCLUSIVE", verdict(claims, "ewn-depth-speedup"));
        assertEquals("not enough runs: ewn, depth = 1, learningRate = 0.001, maxSteps = 5000, width = 100 has 2 runs,"
                + " needs 3; ewn, depth = 4, learningRate = 0.001, maxSteps = 5000, width = 100 has 2 runs, needs 3",
                claims.getString("find { it.claim.id == 'ewn-depth-speedup' }.reason"));
        // a private experiment is nobody else's evidence
        given().get("/api/experiments/" + experiment + "/claims").then().statusCode(404);
        given().auth().oauth2(TestAccounts.token("claims-stranger")).get("/api/experiments/" + experiment + "/claims")
                .then().statusCode(404);
    }

    /**
     * The portal's stored runs decide a slope and a correlation: ‖V(0) − V∞‖₂ = 3/√m e^{±0.01} over widths, and a
     * normalized test CE that is the training one plus a constant with small wobbles.
     */
    @Test
    void slopesAndCorrelationsAreJudgedOnStoredRuns() {
        long owner = TestAccounts.account("claims-owner").accountId();
        String token = TestAccounts.token("claims-owner");
        long kernels = SyntheticRuns.experiment("dukler-initial-kernels", "slope claims", Visibility.PRIVATE, owner,
                null);
        for (long seed = 1; seed <= 2; seed++) {
            for (double width : new double[] {100, 1000, 10_000}) {
                double wobble = Math.exp(seed == 1 ? 0.01 : -0.01);
                SyntheticRuns.finished(kernels, "wn", "{\"width\":" + width + ",\"alpha\":0.1,\"examples\":50.0,"
                        + "\"dimension\":50.0,\"dataSeed\":1.0}", seed, Map.of("v0_limit_distance", 3 / Math.sqrt(width)
                        * wobble, "g0_limit_distance", 0.3 / width, "converged", 0.0), List.of());
            }
        }
        JsonPath slopes = given().auth().oauth2(token).get("/api/experiments/" + kernels + "/claims").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("HOLDS", verdict(slopes, "v-concentration-rate"));
        assertEquals("VIOLATED", verdict(slopes, "g-concentration-rate"), "slope −1 is not −½");
        assertEquals(-0.5, slopes.getDouble("find { it.claim.id == 'v-concentration-rate' }.measured"), 1e-9);

        long losses = SyntheticRuns.experiment("theory3-normalized-loss", "correlation claims", Visibility.PRIVATE,
                owner, null);
        double[] noise = {0.2, 0.5, 0.0, 0.7};
        for (int i = 0; i < 12; i++) {
            double train = 2.25 + 0.004 * i;
            SyntheticRuns.finished(losses, "none", "{\"labelNoise\":" + (i % 3) * 0.5 + ",\"trainExamples\":1000.0,"
                    + "\"testExamples\":2000.0,\"width\":128.0}", i, Map.of("normalized_train_ce", train,
                    "normalized_test_ce", train + 0.005 + 1e-4 * noise[i % 4], "test_error", 0.2 + 0.05 * i,
                    "normalized_ce_gap", 0.005, "converged", 1.0), List.of());
        }
        JsonPath correlations = given().auth().oauth2(token).get("/api/experiments/" + losses + "/claims").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("HOLDS", verdict(correlations, "normalized-losses-correlate"));
        assertEquals("HOLDS", verdict(correlations, "normalized-loss-ranks-test-error"));
        given().get("/api/benchmarks/theory3-normalized-loss").then().statusCode(200)
                .body("claims.find { it.id == 'normalized-losses-correlate' }.prediction.kind", equalTo("correlation"))
                .body("claims.find { it.id == 'normalized-losses-correlate' }.prediction.against",
                        equalTo("normalized_test_ce"));
        given().get("/api/benchmarks/dukler-initial-kernels").then().statusCode(200)
                .body("claims.find { it.id == 'v-concentration-rate' }.prediction.kind", equalTo("slope"))
                .body("claims.find { it.id == 'v-concentration-rate' }.prediction.parameter", equalTo("width"));
    }

    @Test
    void aBenchmarkListsItsPaperPresetsAndClaims() {
        given().get("/api/benchmarks/" + DEPTH).then().statusCode(200)
                .body("definition.key", equalTo(DEPTH))
                .body("paper", equalTo("morwani-ramaswamy"))
                .body("presets.name", hasItems("cpu", "paper"))
                .body("claims.id", hasItem("ewn-depth-speedup"))
                .body("claims.find { it.id == 'ewn-depth-speedup' }.prediction.kind", equalTo("paired-ratio"));
        given().get("/api/benchmarks/no-such-benchmark").then().statusCode(404);
        given().get("/api/benchmarks/no-such-benchmark/claims").then().statusCode(404);
        given().get("/api/papers").then().statusCode(200)
                .body("key", hasItems("morwani-ramaswamy", "dukler-gu-montufar"));
        given().get("/api/papers/dukler-gu-montufar").then().statusCode(200)
                .body("benchmarks", hasItem("dukler-wn-convergence"));
    }

    @Test
    void reproducingAPresetIsRefusedClearlyWhenTheRequestIsWrong() {
        String token = TestAccounts.token("claims-reproducer");
        String path = "/api/benchmarks/" + SIMPLE_TRAJ + "/presets/";
        given().post(path + "cpu/experiments").then().statusCode(401);
        given().auth().oauth2(token).post(path + "gpu-only/experiments").then().statusCode(404)
                .body(containsString("no preset 'gpu-only'"));
        given().auth().oauth2(token).queryParam("visibility", "EVERYONE").post(path + "cpu/experiments").then()
                .statusCode(400).body(containsString("visibility"));
    }

    @Test
    void aReproducedPresetRunsAndItsClaimsAreJudgedOnThePublicRuns() {
        String token = TestAccounts.token("claims-reproducer");
        List<Long> runIds = given().auth().oauth2(token).queryParam("visibility", "PUBLIC")
                .post("/api/benchmarks/" + SIMPLE_TRAJ + "/presets/cpu/experiments").then().statusCode(201)
                .extract().jsonPath().getList("runIds", Long.class);
        assertEquals(18, runIds.size());
        for (long run : runIds) {
            assertEquals("SUCCEEDED", Api.awaitFinal(run, Duration.ofMinutes(3)).getString("state"));
        }
        JsonPath claims = given().get("/api/benchmarks/" + SIMPLE_TRAJ + "/claims").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("HOLDS", verdict(claims, "ewn-axis-limit-w2init-1"));
        assertEquals("HOLDS", verdict(claims, "ewn-axis-limit-w1init-1"));
        assertEquals("HOLDS", verdict(claims, "none-not-sparse"));
        assertEquals("HOLDS", verdict(claims, "ewn-sparser"));
    }

    private static String verdict(JsonPath claims, String id) {
        return claims.getString("find { it.claim.id == '" + id + "' }.verdict");
    }
}
