package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "leaderboard", description = "Rank a benchmark's settings by a metric over their seeds (global:"
        + " public experiments; with --owner or --team: every experiment you may read of that owner or team; or one"
        + " experiment).")
class LeaderboardCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "benchmark key, e.g. dukler-wn-convergence")
    String benchmark;

    @Parameters(index = "1", description = "metric, e.g. steps_to_1e-6")
    String metric;

    @Option(names = "--experiment", description = "only this experiment's runs")
    Long experiment;

    @Option(names = "--scheme", description = "only this scheme (repeatable)")
    List<String> schemes = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME:VALUE", description = "only this hyperparameter value (repeatable)")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--preset", description = "only the settings this preset runs (cpu, paper)")
    String preset;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "experiments created on or after this day")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "experiments created on or before this day")
    String to;

    @Option(names = "--owner", description = "experiments of this account")
    String owner;

    @Option(names = "--team", description = "experiments shared with this team")
    String team;

    @Option(names = "--converged", description = "only runs that converged")
    boolean converged;

    @Option(names = "--limit", defaultValue = "50", description = "rows to show (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--csv", description = "print every row as CSV instead")
    boolean csv;

    @Override
    public Integer call() {
        StringBuilder path = new StringBuilder("/api/leaderboards/" + ApiClient.encode(benchmark) + "/"
                + ApiClient.encode(metric) + "?limit=" + limit);
        if (experiment != null) {
            path.append("&experiment=").append(experiment);
        }
        schemes.forEach(scheme -> append(path, "scheme", scheme));
        parameters.forEach(parameter -> append(path, "param", parameter));
        append(path, "preset", preset);
        append(path, "from", from);
        append(path, "to", to);
        append(path, "owner", owner);
        append(path, "team", team);
        if (converged) {
            path.append("&converged=true");
        }
        JsonNode board = cli.client().get(path.toString());
        if (csv) {
            printCsv(board);
            return 0;
        }
        cli.out.println(board.path("header").asText() + " · " + board.path("scope").asText() + " · "
                + board.path("rows").path("total").asInt() + " settings");
        List<String> varying = new ArrayList<>();
        board.path("varyingParameters").forEach(p -> varying.add(p.asText()));
        cli.out.printf("%-5s %-8s %-28s %12s  %-27s %5s%n", "rank", "scheme", String.join(",", varying), "mean",
                Math.round(board.path("confidenceLevel").asDouble() * 100) + "% interval", "seeds");
        for (JsonNode row : board.path("rows").path("items")) {
            List<String> values = new ArrayList<>();
            varying.forEach(p -> values.add(row.path("parameters").path(p).asText("—")));
            String interval = row.path("intervalLow").isNull() ? "—" : String.format("[%.4g, %.4g]",
                    row.path("intervalLow").asDouble(), row.path("intervalHigh").asDouble());
            cli.out.printf("%-5s %-8s %-28s %12.5g  %-27s %5d%n", row.path("rank").asText()
                    + (row.path("tied").asBoolean() ? "=" : ""), row.path("scheme").asText(), String.join(",", values),
                    row.path("mean").asDouble(), interval, row.path("seeds").asInt());
        }
        for (JsonNode reference : board.path("references")) {
            JsonNode row = reference.path("row");
            cli.out.printf("%-14s %-8s %12.5g  %s%n", "  " + reference.path("reference").asText(),
                    row.path("scheme").asText(), row.path("mean").asDouble(), reference.path("metric").asText());
        }
        return 0;
    }

    private static void append(StringBuilder path, String name, String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(ApiClient.encode(value));
        }
    }

    private void printCsv(JsonNode board) {
        cli.out.println("rank,tied,scheme,setting,mean,interval_low,interval_high,seeds");
        for (JsonNode row : board.path("rows").path("items")) {
            cli.out.println(String.join(",", row.path("rank").asText(), row.path("tied").asText(),
                    row.path("scheme").asText(), row.path("setting").asText(), row.path("mean").asText(),
                    row.path("intervalLow").asText(""), row.path("intervalHigh").asText(""),
                    row.path("seeds").asText()));
        }
    }
}
