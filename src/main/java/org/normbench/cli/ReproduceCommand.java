package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reproduce", description = "Submit one of a benchmark's presets (cpu: sized for 2 cores; paper: the"
        + " paper's sizes) as your experiment; with --watch, follow it and print its claims' verdicts.")
class ReproduceCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "benchmark key, e.g. morwani-ewn-xor-sparsity")
    String benchmark;

    @Option(names = "--preset", defaultValue = "cpu", description = "cpu or paper (default ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--visibility", defaultValue = "PUBLIC", description = "PRIVATE, TEAM or PUBLIC (default"
            + " ${DEFAULT-VALUE}, as the paper page's button: public runs count towards the paper's verdicts)")
    String visibility;

    @Option(names = "--watch", description = "follow it until every run has finished, then print its claims")
    boolean watch;

    @Mixin
    WatchOptions watchOptions;

    @Override
    public Integer call() {
        ApiClient api = cli.client();
        JsonNode created = api.post("/api/benchmarks/" + ApiClient.encode(benchmark) + "/presets/"
                + ApiClient.encode(preset) + "/experiments?visibility=" + ApiClient.encode(visibility), null);
        long id = created.path("id").asLong();
        cli.out.println("experiment " + id + ": " + created.path("runIds").size() + " runs queued — "
                + cli.url.resolve("/experiments/" + id));
        if (!watch) {
            return 0;
        }
        int status = watchOptions.follow(cli, api, id);
        ClaimsCommand.print(cli, api.get("/api/experiments/" + id + "/claims"));
        return status;
    }
}
