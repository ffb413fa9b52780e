package org.normbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", description = "Delete an experiment with all its runs and results (asks for --yes).")
class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "experiment id")
    long experimentId;

    @Option(names = "--yes", description = "really delete: its runs, metrics and comments are gone for good")
    boolean yes;

    @Override
    public Integer call() {
        if (!yes) {
            throw new CliException("deleting experiment " + experimentId + " loses all its results; add --yes");
        }
        cli.client().delete("/api/experiments/" + experimentId);
        cli.out.println("experiment " + experimentId + " deleted");
        return 0;
    }
}
