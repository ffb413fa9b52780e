package org.normbench.perf;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.normbench.experiment.Setting;
import org.normbench.experiment.FinishedRunBackfill;

/**
 * The body of the portal scale benchmark (issue 5): seeds a database with many experiments, runs, summary metrics
 * and metric points in bulk (plain JDBC batches), adds the runs to the leaderboard aggregates through the portal's
 * own backfill, then prints p50/p95 latencies of leaderboard and comparison requests over HTTP. Sizes come from
 * system properties ({@code normbench.bench.runs}, {@code .points}, {@code .repeats}).
 */
final class PortalScale {

    private static final String BENCHMARK = "dukler-wn-convergence";
    private static final int RUNS_PER_EXPERIMENT = 100;
    private static final int SEEDS = 5;
    private static final int SETTINGS_PER_EXPERIMENT = RUNS_PER_EXPERIMENT / SEEDS;
    /** Distinct settings across experiments: the global leaderboard merges every experiment's share of them. */
    private static final int SETTING_POOL = 200;
    private static final int LONG_RUNS = 10;
    private static final int LONG_RUN_POINTS = 100_000;
    private static final int BATCH = 5_000;
    private static final List<String> METRICS = List.of("converged", "final_loss", "final_log_loss", "steps",
            "seconds", "loss_reduction_orders", "fitted_rate", "fitted_rate_r2", "tail_rate", "steps_to_1e-2",
            "steps_to_1e-4", "steps_to_1e-6", "steps_to_1e-8", "lambda_min_k0", "lambda_max_k0", "kappa_k0",
            "kernel_stability", "linearized_rate", "initial_loss", "alpha_c");

    private final AgroalDataSource dataSource;
    private final FinishedRunBackfill backfill;
    private final int runs = Integer.getInteger("normbench.bench.runs", 100_000);
    private final long points = Long.getLong("normbench.bench.points", 10_000_000L);
    private final int repeats = Integer.getInteger("normbench.bench.repeats", 40);
    private final Random random = new Random(1);
    private final List<Long> experimentIds = new ArrayList<>();
    private final List<Long> longRunIds = new ArrayList<>();

    PortalScale(AgroalDataSource dataSource, FinishedRunBackfill backfill) {
        this.dataSource = dataSource;
        this.backfill = backfill;
    }

    void run(String database) throws SQLException {
        System.out.printf(Locale.ROOT, "%n== NormBench portal scale benchmark on %s: %,d runs x %d summary metrics,"
                + " %,d metric points ==%n", database, runs, METRICS.size(), points);
        long start = System.nanoTime();
        seed();
        System.out.printf(Locale.ROOT, "seeded in %.0f s%n", seconds(start));
        start = System.nanoTime();
        long added = backfill.run();
        System.out.printf(Locale.ROOT, "aggregated %,d runs in %.0f s (%.0f runs/s)%n", added, seconds(start),
                added / seconds(start));
        // what an operator does after a bulk load: fresh planner statistics
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute("ANALYZE");
        }
        measure();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String parameters(int setting) {
        double alpha = 0.05 * (1 + setting / 2);
        return setting % 2 == 0
                ? "{\"width\":1000.0,\"alpha\":" + alpha + ",\"learningRate\":0.25,\"examples\":50.0,"
                        + "\"dimension\":50.0,\"dataSeed\":1.0,\"maxSteps\":20000.0,\"relativeTolerance\":1.0E-8,"
                        + "\"logEvery\":1.0,\"kernelEvery\":25.0}"
                : "{\"width\":" + (100.0 * (1 + setting / 2)) + ",\"learningRate\":0.25,\"examples\":50.0,"
                        + "\"dimension\":50.0,\"dataSeed\":1.0,\"maxSteps\":20000.0,\"relativeTolerance\":1.0E-8,"
                        + "\"logEvery\":1.0,\"kernelEvery\":25.0}";
    }

    private void seed() throws SQLException {
        int experiments = Math.max(1, runs / RUNS_PER_EXPERIMENT);
        long pointsPerRun = Math.max(1, (points - (long) LONG_RUNS * LONG_RUN_POINTS) / runs);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long benchmarkId = single(c, "select id from benchmark where benchmark_key = '" + BENCHMARK
                    + "' order by version desc");
            Instant created = Instant.parse("2026-01-01T00:00:00Z");
            try (PreparedStatement experiment = c.prepareStatement("insert into experiment (name, benchmark_id,"
                    + " request_json, created_at) values (?, ?, '{}', ?)")) {
                for (int e = 0; e < experiments; e++) {
                    experiment.setString(1, "scale " + e);
                    experiment.setLong(2, benchmarkId);
                    experiment.setTimestamp(3, Timestamp.from(created.plusSeconds(3600L * e)));
                    experiment.addBatch();
                }
                experiment.executeBatch();
            }
            try (PreparedStatement ids = c.prepareStatement("select id from experiment where name like 'scale %'"
                    + " order by id"); ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    experimentIds.add(rs.getLong(1));
                }
            }
            c.commit();
            long done = 0;
            for (int e = 0; e < experimentIds.size(); e++) {
                long[] runIds = insertRuns(c, experimentIds.get(e), e);
                insertSummaries(c, runIds);
                for (long runId : runIds) {
                    boolean isLong = longRunIds.size() < LONG_RUNS && e == experimentIds.size() - 1;
                    if (isLong) {
                        longRunIds.add(runId);
                    }
                    insertPoints(c, runId, isLong ? LONG_RUN_POINTS : pointsPerRun);
                }
                c.commit();
                done += runIds.length;
                if (e % 100 == 99) {
                    System.out.printf(Locale.ROOT, "  %,d runs stored%n", done);
                }
            }
        }
    }

    private long[] insertRuns(Connection c, long experimentId, int e) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement run = c.prepareStatement("insert into experiment_run (experiment_id, scheme,"
                + " parameters_json, setting_hash, seed, state, created_at, dispatched_at, started_at, finished_at,"
                + " worker) values (?, ?, ?, ?, ?, 'SUCCEEDED', ?, ?, ?, ?, 'bench')")) {
            for (int k = 0; k < SETTINGS_PER_EXPERIMENT; k++) {
                int setting = (e * 7 + k * 11) % SETTING_POOL;
                String scheme = setting % 2 == 0 ? "wn" : "none";
                String json = parameters(setting);
                for (int seed = 0; seed < SEEDS; seed++) {
                    run.setLong(1, experimentId);
                    run.setString(2, scheme);
                    run.setString(3, json);
                    run.setString(4, new Setting(scheme, json).hash());
                    run.setLong(5, seed);
                    for (int t = 6; t <= 9; t++) {
                        run.setTimestamp(t, now);
                    }
                    run.addBatch();
                }
            }
            run.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select id from experiment_run where experiment_id = ?"
                + " order by id")) {
            select.setLong(1, experimentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void insertSummaries(Connection c, long[] runIds) throws SQLException {
        try (PreparedStatement summary = c.prepareStatement("insert into summary_metric (run_id, name,"
                + " metric_value) values (?, ?, ?)")) {
            for (long runId : runIds) {
                for (String metric : METRICS) {
                    summary.setLong(1, runId);
                    summary.setString(2, metric);
                    summary.setDouble(3, metric.equals("converged") ? (random.nextDouble() < 0.9 ? 1 : 0)
                            : 100 * random.nextDouble());
                    summary.addBatch();
                }
            }
            summary.executeBatch();
        }
    }

    private void insertPoints(Connection c, long runId, long count) throws SQLException {
        try (PreparedStatement point = c.prepareStatement("insert into metric_point (run_id, series, step,"
                + " metric_value) values (?, 'loss', ?, ?)")) {
            double rate = 0.01 + 0.01 * random.nextDouble();
            for (long step = 0; step < count; step++) {
                point.setLong(1, runId);
                point.setLong(2, step);
                point.setDouble(3, Math.exp(-rate * step * 100.0 / count)
                        * (1 + 0.05 * random.nextGaussian()));
                point.addBatch();
                if (step % BATCH == BATCH - 1) {
                    point.executeBatch();
                }
            }
            point.executeBatch();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void measure() {
        List<String> metrics = METRICS.subList(1, METRICS.size());
        report("leaderboard page, all experiments (global)", i -> "/api/leaderboards/" + BENCHMARK + "/"
                + metrics.get(i % metrics.size()) + "?limit=50");
        report("leaderboard page, global, scheme + converged filters", i -> "/api/leaderboards/" + BENCHMARK + "/"
                + metrics.get(i % metrics.size()) + "?limit=50&scheme=wn&converged=true");
        report("leaderboard page, global, date filter (merges every experiment's rows)", i -> "/api/leaderboards/"
                + BENCHMARK + "/" + metrics.get(i % metrics.size()) + "?limit=50&from=2026-01-01&to=2026-12-31");
        report("leaderboard page, one experiment", i -> "/api/leaderboards/" + BENCHMARK + "/"
                + metrics.get(i % metrics.size()) + "?experiment=" + experimentIds.get(i % experimentIds.size()));
        report("10-run comparison (loss)", i -> "/api/comparisons/runs?series=loss" + runIdsQuery(i));
        report("100-run group-mean comparison (20 settings x 5 seeds of one experiment)", this::groupQuery);
        report("10 long runs comparison (" + LONG_RUN_POINTS + " points each)", i -> "/api/comparisons/runs"
                + "?series=loss" + longRunIds.stream().map(id -> "&id=" + id).reduce("", String::concat));
    }

    private String runIdsQuery(int i) {
        long first = experimentIds.get((i * 13) % experimentIds.size());
        StringBuilder query = new StringBuilder();
        JsonPath experiment = given().get("/api/experiments/" + first).then().extract().jsonPath();
        List<Long> ids = experiment.getList("runs.id", Long.class);
        for (int k = 0; k < 10; k++) {
            query.append("&id=").append(ids.get(k * 7 % ids.size()));
        }
        return query.toString();
    }

    private String groupQuery(int i) {
        long experiment = experimentIds.get((i * 17) % experimentIds.size());
        List<String> settings = given().get("/api/leaderboards/" + BENCHMARK + "/final_loss?limit=50&experiment="
                + experiment).then().extract().jsonPath().getList("rows.items.setting", String.class);
        return "/api/comparisons/groups?benchmark=" + BENCHMARK + "&series=loss&experiment=" + experiment
                + settings.stream().map(s -> "&setting=" + s).reduce("", String::concat);
    }

    /** Times {@code repeats} GETs (after a few warm-ups); URLs are built outside the timing. */
    private void report(String what, IntFunction<String> url) {
        for (int i = 0; i < 3; i++) {
            given().get(url.apply(i)).then().statusCode(200);
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            String path = url.apply(i + 3);
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-75s p50 %7.1f ms   p95 %7.1f ms%n", what, percentile(millis, 0.50),
                percentile(millis, 0.95));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
