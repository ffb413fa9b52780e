package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", description = "Show an experiment: who sees it, its progress and every run's state.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "experiment id")
    long experimentId;

    @Override
    public Integer call() {
        JsonNode experiment = cli.client().get("/api/experiments/" + experimentId);
        cli.out.println("experiment " + experiment.path("id").asLong() + " \"" + experiment.path("name").asText()
                + "\" — " + experiment.path("benchmark").asText() + " v" + experiment.path("benchmarkVersion").asInt()
                + " · owner " + experiment.path("owner").asText("—") + " · " + experiment.path("visibility").asText()
                + (experiment.path("team").isNull() ? "" : " (team " + experiment.path("team").asText() + ")"));
        cli.out.println(Progress.of(experiment).line());
        cli.out.printf("%8s  %-10s %6s  %-10s %s%n", "run", "scheme", "seed", "state", "final_loss");
        for (JsonNode run : experiment.path("runs")) {
            JsonNode loss = run.path("summary").path("final_loss");
            cli.out.printf("%8d  %-10s %6d  %-10s %s%n", run.path("id").asLong(), run.path("scheme").asText(),
                    run.path("seed").asLong(), run.path("state").asText(), loss.isMissingNode() ? "" : loss.asText());
        }
        return 0;
    }
}
