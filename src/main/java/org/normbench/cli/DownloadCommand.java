package org.normbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "download", description = "Download a run's or an experiment's archive (zip) and check it against"
        + " its SHA256SUMS, or with --file one file of a run (a parameter snapshot, the log) checked against its"
        + " SHA-256.")
class DownloadCommand implements Callable<Integer> {

    enum Kind { run, experiment }

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "run or experiment")
    Kind kind;

    @Parameters(index = "1", description = "its id")
    long id;

    @Option(names = {"-o", "--output"}, description = "the file to write (default: <kind>-<id>.zip, or the file's"
            + " name, here)")
    Path output;

    @Option(names = "--file", paramLabel = "NAME", description = "one uploaded file of the run, e.g."
            + " snapshot-final.npz (listed on the run page and in GET /api/runs/ID)")
    String file;

    @Override
    public Integer call() {
        if (file != null) {
            if (kind != Kind.run) {
                throw new CliException("--file names a file of a run: download run ID --file NAME");
            }
            Path target = output != null ? output : Path.of(file);
            cli.client().download("/api/runs/" + id + "/artifacts/" + file, target);
            cli.out.println(target + ": SHA-256 verified");
            return 0;
        }
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
