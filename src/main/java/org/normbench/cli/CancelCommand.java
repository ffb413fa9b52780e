package org.normbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "cancel", description = "Cancel an experiment's queued and running runs.")
class CancelCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "experiment id")
    long experimentId;

    @Override
    public Integer call() {
        cli.out.println(Progress.of(cli.client().post("/api/experiments/" + experimentId + "/cancel", null)).line());
        return 0;
    }
}
