package org.normbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "download", description = "Download a run's or an experiment's archive (zip) and check it against"
        + " its SHA256SUMS.")
class DownloadCommand implements Callable<Integer> {

    enum Kind { run, experiment }

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "run or experiment")
    Kind kind;

    @Parameters(index = "1", description = "its id")
    long id;

    @Option(names = {"-o", "--output"}, description = "the zip to write (default: <kind>-<id>.zip here)")
    Path output;

    @Override
    public Integer call() {
        Path target = output != null ? output : Path.of(kind + "-" + id + ".zip");
        cli.out.println(fetch(cli.client(), kind + "s/" + id, target));
        return 0;
    }

    /** Downloads {@code /api/<what>/archive} to {@code target}, verifies it, and says so. */
    static String fetch(ApiClient api, String what, Path target) {
        api.download("/api/" + what + "/archive", target);
        return target + ": " + ArchiveCheck.verify(target) + " files, SHA-256 verified";
    }
}
