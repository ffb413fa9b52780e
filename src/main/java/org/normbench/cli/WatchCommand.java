package org.normbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "watch", description = "Follow an experiment with a progress bar until every run has finished;"
        + " exit 0 when all succeeded, 1 when some failed.")
class WatchCommand implements Callable<Integer> {

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "experiment id")
    long experimentId;

    @Mixin
    WatchOptions options;

    @Override
    public Integer call() {
        return options.follow(cli, cli.client(), experimentId);
    }
}
