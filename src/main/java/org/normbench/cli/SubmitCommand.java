package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.normbench.experiment.ExperimentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "submit", description = "Submit an experiment file (JSON or YAML: name, benchmark, schemes, grid,"
        + " seeds, visibility, team) and print its id.")
class SubmitCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "the experiment file (.json, .yaml or .yml)")
    Path file;

    @Option(names = "--visibility", description = "PRIVATE, TEAM or PUBLIC (overrides the file)")
    String visibility;

    @Option(names = "--watch", description = "then follow it until every run has finished")
    boolean watch;

    @Mixin
    WatchOptions watchOptions;

    @Override
    public Integer call() {
        ObjectNode experiment = read(file);
        if (visibility != null) {
            experiment.put("visibility", visibility);
        }
        ApiClient api = cli.client();
        JsonNode created = api.post("/api/experiments", experiment);
        long id = created.path("id").asLong();
        cli.out.println("experiment " + id + ": " + created.path("runIds").size() + " runs queued — "
                + cli.url.resolve("/experiments/" + id));
        return watch ? watchOptions.follow(cli, api, id) : 0;
    }

    private static ObjectNode read(Path file) {
        try {
            JsonNode tree = ExperimentFile.mapperFor(file).readTree(Files.readString(file));
            if (!(tree instanceof ObjectNode object)) {
                throw new CliException(file + " does not hold an experiment (an object with name, benchmark, …)");
            }
            return object;
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
