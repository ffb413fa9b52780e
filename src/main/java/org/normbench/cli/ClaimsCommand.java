package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "claims", description = "A benchmark's claims and their verdicts: on every public run, or on one"
        + " experiment's runs.")
class ClaimsCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "benchmark key, e.g. dukler-wn-convergence")
    String benchmark;

    @Option(names = "--experiment", description = "judge them on this experiment's runs alone")
    Long experiment;

    @Override
    public Integer call() {
        ApiClient api = cli.client();
        print(cli, api.get(experiment == null ? "/api/benchmarks/" + ApiClient.encode(benchmark) + "/claims"
                : "/api/experiments/" + experiment + "/claims"));
        return 0;
    }

    /** One line per claim: verdict, id, what was measured. */
    static void print(NormBenchCli cli, JsonNode results) {
        for (JsonNode result : results) {
            cli.out.printf("%-12s %-28s %s%n", result.path("verdict").asText().toLowerCase(Locale.ROOT),
                    result.path("claim").path("id").asText(), result.path("reason").asText());
        }
    }
}
