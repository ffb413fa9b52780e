package org.normbench.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;

/**
 * The merge of experiments' aggregates on values where Σx² − (Σx)²/n would cancel: final losses 1e9 + {1, 2} in
 * one public experiment and 1e9 + 3 in another, read through a date-filtered global board (which merges per
 * experiment) from the application's database. Mean 1e9 + 2 and standard deviation exactly 1.
 */
public final class LargeValueMerge {

    private static final String BENCHMARK = "dukler-wn-convergence";

    private LargeValueMerge() {
    }

    public static void assertExact() {
        String setting = "{\"width\":333.0,\"alpha\":1.0}";
        long first = SyntheticRuns.experiment(BENCHMARK, "large values one");
        long second = SyntheticRuns.experiment(BENCHMARK, "large values two");
        List<Long> runs = List.of(
                SyntheticRuns.finished(first, "wn", setting, 0, Map.of("final_loss", 1e9 + 1), List.of()),
                SyntheticRuns.finished(first, "wn", setting, 1, Map.of("final_loss", 1e9 + 2), List.of()),
                SyntheticRuns.finished(second, "wn", setting, 2, Map.of("final_loss", 1e9 + 3), List.of()));
        JsonPath board = new JsonPath(given().get("/api/leaderboards/" + BENCHMARK
                + "/final_loss?param=width:333&from=2000-01-01").then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(1, board.getInt("rows.total"));
        assertEquals(3, board.getInt("rows.items[0].seeds"));
        assertEquals(1e9 + 2, board.getDouble("rows.items[0].mean"), 0.0);
        assertEquals(1.0, board.getDouble("rows.items[0].standardDeviation"), 1e-9);
        assertEquals(1e9 + 1, board.getDouble("rows.items[0].best"), 0.0);
        assertEquals((long) runs.get(0), board.getLong("rows.items[0].bestRunId"));
        assertEquals((long) runs.get(2), board.getLong("rows.items[0].worstRunId"));
    }
}
