package org.normbench.leaderboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normbench.comparison.OverviewPoint;
import org.normbench.comparison.SeriesDownsampler;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.FinishedRunBackfill;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunState;
import org.normbench.metric.SummaryMetric;
import org.normbench.queue.RunEvent;
import org.normbench.account.Team;
import org.normbench.experiment.Visibility;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.LargeValueMerge;
import org.normbench.support.TestAccounts;
import org.normbench.support.SyntheticRuns;

/**
 * Leaderboards and comparisons over runs with known summaries and series, finished through the portal's event
 * handler: mean, Student-t interval, ties, direction, filters, paging, CSV and the group band.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderboardApiTest {

    private static final String BENCHMARK = "dukler-wn-convergence";
    private static final String A = "{\"width\":777.0,\"alpha\":1.0}";
    private static final String B = "{\"width\":777.0,\"alpha\":3.0}";
    private static final String C = "{\"width\":777.0}";
    private static final double T_975_2 = 4.302652730;

    @Inject
    FinishedRunBackfill backfill;

    private long first;
    private final List<Long> aRuns = new ArrayList<>();
    private long cRun;

    @BeforeAll
    void finishRuns() {
        first = SyntheticRuns.experiment(BENCHMARK, "leaderboard one");
        for (int seed = 0; seed < 3; seed++) {
            aRuns.add(finish(first, "wn", A, seed, 1.0 + seed, 30, 1, seed + 1.0));
        }
        finish(first, "wn", B, 0, 1.5, 30, 1, 1);
        finish(first, "wn", B, 1, 2.5, 30, 0, 1);
        for (int seed = 0; seed < 3; seed++) {
            long id = finish(first, "none", C, seed, 10.0 + seed, 1, 1, 1);
            cRun = seed == 0 ? id : cRun;
        }
        long second = SyntheticRuns.experiment(BENCHMARK, "leaderboard two");
        finish(second, "wn", A, 3, 4.0, 30, 1, 1);
        finish(second, "wn", A, 4, 5.0, 30, 1, 1);
    }

    /** A run whose loss series is factor·e^{−s}, s = 0..9. */
    private static long finish(long experiment, String scheme, String parameters, long seed, double finalLoss,
            double seconds, double converged, double factor) {
        List<RunEvent.Point> points = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            points.add(new RunEvent.Point("loss", s, factor * Math.exp(-s)));
        }
        return SyntheticRuns.finished(experiment, scheme, parameters, seed,
                Map.of("final_loss", finalLoss, "seconds", seconds, "converged", converged), points);
    }

    private static JsonPath board(String metric, String query) {
        return exact(given().get("/api/leaderboards/" + BENCHMARK + "/" + metric + "?" + query).then().statusCode(200)
                .extract().asString());
    }

    /** Reads numbers as doubles (REST Assured's default is float). */
    private static JsonPath exact(String json) {
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void oneExperimentRanksSettingsOverSeedsWithTies() {
        JsonPath board = board("final_loss", "experiment=" + first);
        assertEquals("final_loss — final value", board.getString("header"));
        assertEquals(3, board.getInt("rows.total"));
        assertEquals(List.of(1, 1, 3), board.getList("rows.items.rank"));
        assertEquals(List.of(true, true, false), board.getList("rows.items.tied"));
        assertEquals(List.of(1.0, 3.0), List.of(board.getDouble("rows.items[0].parameters.alpha"),
                board.getDouble("rows.items[1].parameters.alpha")));
        double halfWidth = T_975_2 * 1.0 / Math.sqrt(3);
        assertEquals(2.0, board.getDouble("rows.items[0].mean"), 1e-12);
        assertEquals(1.0, board.getDouble("rows.items[0].standardDeviation"), 1e-12);
        assertEquals(2.0 - halfWidth, board.getDouble("rows.items[0].intervalLow"), 1e-6);
        assertEquals(2.0 + halfWidth, board.getDouble("rows.items[0].intervalHigh"), 1e-6);
        assertEquals(3, board.getInt("rows.items[0].seeds"));
        assertEquals(1.0, board.getDouble("rows.items[0].best"));
        assertEquals((long) aRuns.get(0), board.getLong("rows.items[0].bestRunId"));
        assertEquals(3.0, board.getDouble("rows.items[0].worst"));
        assertEquals("none", board.getString("rows.items[2].scheme"));
        assertEquals(List.of("alpha"), board.getList("varyingParameters"));
        assertEquals(777.0, board.getDouble("sharedParameters.width"));
    }

    /** ShrinkBench's convention: a pruning score is read against random and magnitude pruning of the same runs. */
    @Test
    void aPruningScoreComesWithItsRandomAndMagnitudeReferences() {
        String pruning = "morwani-ewn-mnist-pruning";
        String score = "pruned_90pct_accuracy_at_log_loss_-100";
        long experiment = SyntheticRuns.experiment(pruning, "pruning references");
        for (int seed = 0; seed < 2; seed++) {
            SyntheticRuns.finished(experiment, "ewn", "{\"width\":100.0}", seed, Map.of(score, 0.80 + 0.02 * seed,
                    "random_" + score, 0.30 + 0.02 * seed, "magnitude_" + score, 0.60, "converged", 1.0), List.of());
            SyntheticRuns.finished(experiment, "none", "{\"width\":100.0}", seed, Map.of(score, 0.70,
                    "random_" + score, 0.25, "magnitude_" + score, 0.50 + 0.1 * seed, "converged", 1.0), List.of());
        }
        String url = "/api/leaderboards/" + pruning + "/%s?experiment=" + experiment;
        JsonPath board = exact(given().get(String.format(url, score)).then().statusCode(200).extract().asString());
        assertEquals(List.of("ewn", "none"), board.getList("rows.items.scheme"));
        assertEquals(List.of("random", "random", "magnitude", "magnitude"), board.getList("references.reference"));
        assertEquals(List.of("ewn", "none", "ewn", "none"), board.getList("references.row.scheme"));
        assertEquals("random_" + score, board.getString("references[0].metric"));
        assertEquals(0.31, board.getDouble("references[0].row.mean"), 1e-12);
        assertEquals(2, board.getInt("references[0].row.seeds"));
        assertEquals(0.25, board.getDouble("references[1].row.mean"), 1e-12);
        assertEquals(0.55, board.getDouble("references[3].row.mean"), 1e-12);
        assertEquals(0, board.getInt("references[3].row.rank"), "references are not ranked");
        JsonPath normOnly = exact(given().get(String.format(url, "norm_" + score)).then().statusCode(200).extract()
                .asString());
        assertEquals(List.of("random_" + score, "random_" + score, "magnitude_" + score, "magnitude_" + score),
                normOnly.getList("references.metric"), "the norm-only curve is read against the same references");
        assertEquals(List.of(), exact(given().get(String.format(url, "random_" + score)).then().statusCode(200)
                .extract().asString()).getList("references"), "a reference has no references");
        String[] csv = given().get(String.format(url, score) + "&format=csv").then().statusCode(200).extract()
                .asString().split("\n");
        assertEquals(7, csv.length, "header, two ranked rows, four reference rows");
        assertTrue(csv[0].endsWith(",setting,reference"), csv[0]);
        assertTrue(csv[1].startsWith("1,true,ewn,100.0," + score + ",2,2,0.81,") && csv[1].endsWith(","), csv[1]);
        assertTrue(csv[3].startsWith(",,ewn,100.0,random_" + score + ",2,2,0.31") && csv[3].endsWith(",random"),
                csv[3]);
        assertTrue(csv[6].startsWith(",,none,100.0,magnitude_" + score + ",2,2,0.55") && csv[6].endsWith(",magnitude"),
                csv[6]);
    }

    /**
     * Owner and team filters rank the experiments the caller may read (not only public ones) of that owner or
     * shared with that team; a stranger sees none of the private ones.
     */
    @Test
    void ownerAndTeamFiltersRankTheExperimentsTheCallerMayRead() {
        String ownerToken = TestAccounts.token("lb-owner");
        long owner = TestAccounts.account("lb-owner").accountId();
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body(Map.of("name", "lb-team"))
                .post("/api/teams").then().statusCode(201);
        long team = QuarkusTransaction.requiringNew().call(() -> Team.byName("lb-team").orElseThrow().id);
        long mine = SyntheticRuns.experiment(BENCHMARK, "mine", Visibility.PRIVATE, owner, null);
        long shared = SyntheticRuns.experiment(BENCHMARK, "shared", Visibility.TEAM, owner, team);
        long other = SyntheticRuns.experiment(BENCHMARK, "public", Visibility.PUBLIC,
                TestAccounts.account("lb-other").accountId(), null);
        String setting = "{\"width\":444.0,\"alpha\":1.0}";
        finish(mine, "wn", setting, 0, 1.0, 30, 1, 1);
        finish(shared, "wn", setting, 1, 3.0, 30, 1, 1);
        finish(other, "wn", setting, 2, 8.0, 30, 1, 1);
        String url = "/api/leaderboards/" + BENCHMARK + "/final_loss?param=width:444&";

        JsonPath own = exact(given().auth().oauth2(ownerToken).get(url + "owner=lb-owner").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(2.0), own.getList("rows.items.mean"), "the private and the team experiment, merged");
        assertEquals("experiments of " + BENCHMARK + " v1 you may read, owned by lb-owner", own.getString("scope"));
        JsonPath ofTeam = exact(given().auth().oauth2(ownerToken).get(url + "team=lb-team").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(3.0), ofTeam.getList("rows.items.mean"));
        assertEquals(0, exact(given().auth().oauth2(TestAccounts.token("lb-stranger")).get(url + "owner=lb-owner")
                .then().statusCode(200).extract().asString()).getInt("rows.total"));
        assertEquals(List.of(8.0), board("final_loss", "param=width:444&owner=lb-other").getList("rows.items.mean"));
        assertEquals(List.of(8.0), board("final_loss", "param=width:444").getList("rows.items.mean"),
                "without them the board ranks public experiments only");
        assertEquals(0, board("final_loss", "param=width:444&owner=nobody").getInt("rows.total"));
    }

    /** A preset narrows the board to the settings it runs: its schemes and its grid's values. */
    @Test
    void aPresetKeepsTheSettingsItRuns() {
        long experiment = SyntheticRuns.experiment(BENCHMARK, "presets");
        finish(experiment, "wn", "{\"width\":500.0,\"alpha\":1.0}", 0, 1.0, 30, 1, 1);
        finish(experiment, "wn", "{\"width\":500.0,\"alpha\":3.0}", 0, 2.0, 30, 1, 1);
        finish(experiment, "none", "{\"width\":10000.0,\"alpha\":3.0}", 0, 3.0, 30, 1, 1);
        assertEquals(List.of(1.0), board("final_loss", "experiment=" + experiment + "&preset=cpu")
                .getList("rows.items.mean"));
        assertEquals(List.of(3.0), board("final_loss", "experiment=" + experiment + "&preset=paper")
                .getList("rows.items.mean"));
        assertEquals(3, board("final_loss", "experiment=" + experiment).getInt("rows.total"));
        given().get("/api/leaderboards/" + BENCHMARK + "/final_loss?preset=gpu").then().statusCode(400)
                .body("errors[0].field", equalTo("preset"))
                .body("errors[0].message", containsString("has [cpu, paper]"));
    }

    @Test
    void anotherMetricChangesTheOrder() {
        JsonPath board = board("seconds", "experiment=" + first);
        assertEquals("none", board.getString("rows.items[0].scheme"));
        assertEquals(List.of(1, 2, 2), board.getList("rows.items.rank"), "zero spread: exact intervals separate");
    }

    @Test
    void onlyConvergedRunsLeaveOneSeedWithoutAnInterval() {
        JsonPath board = board("final_loss", "experiment=" + first + "&converged=true&scheme=wn");
        assertEquals(2, board.getInt("rows.total"));
        Map<String, Object> single = board.getMap("rows.items.find { it.parameters.alpha == 3.0 }");
        assertEquals(1, single.get("seeds"));
        assertEquals(1, single.get("runs"));
        assertNull(single.get("intervalLow"));
        assertNull(single.get("standardDeviation"));
    }

    @Test
    void theGlobalBoardMergesExperiments() {
        // unfiltered: the benchmark-wide aggregates; with a date filter: the experiments' aggregates merged
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String dates : List.of("", "&from=2000-01-01&to=" + today)) {
            JsonPath board = board("final_loss", "param=width:777&param=alpha:1" + dates);
            assertEquals(1, board.getInt("rows.total"), dates);
            assertEquals(5, board.getInt("rows.items[0].seeds"));
            assertEquals(3.0, board.getDouble("rows.items[0].mean"), 1e-12);
            assertEquals(Math.sqrt(2.5), board.getDouble("rows.items[0].standardDeviation"), 1e-12);
            assertEquals((long) aRuns.get(0), board.getLong("rows.items[0].bestRunId"));
            assertTrue(board.getString("scope").startsWith("public experiments of " + BENCHMARK));
        }
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(0, board("final_loss", "param=width:777&from=" + tomorrow).getInt("rows.total"));
    }

    @Test
    void mergingExperimentsDoesNotCancel() {
        LargeValueMerge.assertExact();
    }

    @Test
    void pagesCsvAndIndex() {
        assertEquals(List.of(1.0, 1.0, 0.5), board("converged", "experiment=" + first).getList("rows.items.mean"),
                "the metric that also splits the aggregates has a leaderboard of its own");
        JsonPath page = board("final_loss", "experiment=" + first + "&offset=1&limit=1");
        assertEquals(1, page.getList("rows.items").size());
        assertEquals(3.0, page.getDouble("rows.items[0].parameters.alpha"));
        assertEquals(3, page.getInt("rows.total"));
        String csv = given().get("/api/leaderboards/" + BENCHMARK + "/final_loss?format=csv&experiment=" + first)
                .then().statusCode(200).header("Content-Type", containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("rank,tied,scheme,alpha,width,metric,seeds,runs,mean,sd"), lines[0]);
        assertTrue(lines[3].startsWith("3,false,none,,777.0,final_loss,3,3,11.0,1.0,"), lines[3]);
        given().get("/api/leaderboards/" + BENCHMARK).then().statusCode(200)
                .body("boards.find { it.family == 'CONVERGENCE' }.metrics.name", hasItem("final_loss"))
                .body("boards.find { it.family == 'PRUNING' }.title", equalTo("Pruning accuracy"));
    }

    @Test
    void badQueriesAreRefusedWithReasons() {
        given().get("/api/leaderboards/" + BENCHMARK + "/final_loss?scheme=bn&param=width&from=yesterday")
                .then().statusCode(400)
                .body("errors.field", hasItem("param")).body("errors.field", hasItem("from"));
        given().get("/api/leaderboards/" + BENCHMARK + "/final_loss?scheme=bn").then().statusCode(400)
                .body("errors[0].message", containsString("unknown scheme 'bn'"));
        given().get("/api/leaderboards/no-such-benchmark/final_loss").then().statusCode(404);
        given().get("/api/leaderboards/morwani-ewn-xor-sparsity/final_loss?experiment=" + first).then()
                .statusCode(400).body("errors[0].message", containsString("runs " + BENCHMARK));
        given().get("/api/comparisons/groups?benchmark=" + BENCHMARK + "&series=loss&setting=nope").then()
                .statusCode(400).body("errors[0].field", equalTo("setting"));
    }

    @Test
    void aGroupComparisonIsTheGeometricMeanWithTheSeedsBand() {
        String setting = board("final_loss", "experiment=" + first).getString("rows.items[0].setting");
        JsonPath comparison = exact(given().get("/api/comparisons/groups?benchmark=" + BENCHMARK + "&experiment="
                + first + "&series=loss&buckets=1000&setting=" + setting).then().statusCode(200).extract().asString());
        assertTrue(comparison.getBoolean("logScale"));
        assertEquals("geometric", comparison.getString("mean"));
        assertEquals(3, comparison.getInt("curves[0].runs"));
        List<Map<String, Object>> points = comparison.getList("curves[0].points");
        assertEquals(10, points.size());
        for (int s = 0; s < 10; s++) {
            Map<String, Object> p = points.get(s);
            assertEquals(Math.cbrt(6) * Math.exp(-s), ((Number) p.get("value")).doubleValue(), 1e-12 * Math.exp(-s));
            assertEquals(Math.exp(-s), ((Number) p.get("low")).doubleValue(), 1e-15);
            assertEquals(3 * Math.exp(-s), ((Number) p.get("high")).doubleValue(), 1e-15);
            assertEquals(3, p.get("n"));
        }
        String csv = given().get("/api/comparisons/runs?series=loss&format=csv&id=" + aRuns.get(0) + "&id=" + cRun)
                .then().statusCode(200).extract().asString();
        assertEquals(21, csv.split("\n").length);
        given().get("/api/comparisons/series?id=" + aRuns.get(0)).then().statusCode(200).body("", hasItem("loss"));
    }

    @Test
    void aLongRunIsComparedFromItsOverviewExactlyAsFromItsPoints() {
        long experiment = SyntheticRuns.experiment(BENCHMARK, "long run");
        int steps = 5000;
        SeriesDownsampler expected = new SeriesDownsampler(0, steps - 1, 200);
        List<RunEvent.Point> points = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            double value = s == 3217 ? 50.0 : Math.exp(-s / 700.0) * (1 + 0.01 * Math.sin(s));
            points.add(new RunEvent.Point("loss", s, value));
            expected.accept(s, value);
        }
        long run = SyntheticRuns.finished(experiment, "none", "{\"width\":779.0}", 0,
                Map.of("final_loss", 1.0, "converged", 1.0), points);
        long kept = QuarkusTransaction.requiringNew().call(() -> OverviewPoint.count("runId", run));
        assertTrue(kept > 0 && kept <= 4000, "the overview keeps at most four points per bucket: " + kept);
        JsonPath whole = exact(given().get("/api/comparisons/runs?series=loss&buckets=200&id=" + run).then()
                .statusCode(200).extract().asString());
        List<Double> steps200 = whole.getList("curves[0].points.step", Double.class);
        assertEquals(expected.points().stream().map(p -> p[0]).toList(), steps200,
                "M4 of the nested overview is M4 of the points");
        assertEquals(expected.points().stream().map(p -> p[1]).toList(),
                whole.getList("curves[0].points.value", Double.class));
        JsonPath zoomed = exact(given().get("/api/comparisons/runs?series=loss&buckets=200&from=100&to=200&id="
                + run).then().statusCode(200).extract().asString());
        assertEquals(101, zoomed.getList("curves[0].points").size(), "a narrow zoom reads every point");
    }

    @Test
    void runsFinishedBeforeTheAggregatesAreAddedByTheBackfill() {
        long experiment = SyntheticRuns.experiment(BENCHMARK, "backfilled");
        QuarkusTransaction.requiringNew().run(() -> {
            Run run = new Run();
            run.experiment = Experiment.findById(experiment);
            run.scheme = "none";
            run.parametersJson = "{\"width\":778.0}";
            run.seed = 0;
            run.state = RunState.SUCCEEDED;
            run.createdAt = Instant.now();
            run.persist();
            SummaryMetric summary = new SummaryMetric();
            summary.runId = run.id;
            summary.name = "final_loss";
            summary.value = 0.25;
            summary.persist();
        });
        assertEquals(0, board("final_loss", "experiment=" + experiment).getInt("rows.total"));
        assertTrue(backfill.run() >= 1);
        JsonPath board = board("final_loss", "experiment=" + experiment);
        assertEquals(0.25, board.getDouble("rows.items[0].mean"));
        assertEquals(0, backfill.run(), "nothing is added twice");
    }
}
