package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Download the archive of every experiment you can see (or only yours)"
        + " into a folder, each checked against its SHA256SUMS: your data, out of the portal.")
class ExportCommand implements Callable<Integer> {

    private static final int PAGE = 200;

    @ParentCommand
    NormBenchCli cli;

    @Parameters(index = "0", description = "the folder to write experiment-<id>.zip files to")
    Path folder;

    @Option(names = "--mine", description = "only experiments you own")
    boolean mine;

    @Override
    public Integer call() throws IOException {
        ApiClient api = cli.client();
        String me = mine ? api.get("/api/account").path("username").asText() : null;
        Files.createDirectories(folder);
        int exported = 0;
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = api.get("/api/experiments?offset=" + offset + "&limit=" + PAGE);
            for (JsonNode experiment : page.path("items")) {
                if (me == null || me.equals(experiment.path("owner").asText(null))) {
                    long id = experiment.path("id").asLong();
                    cli.out.println(DownloadCommand.fetch(api, "experiments/" + id,
                            folder.resolve("experiment-" + id + ".zip")));
                    exported++;
                }
            }
            if (offset + PAGE >= page.path("total").asLong()) {
                break;
            }
        }
        cli.out.println(exported + " experiments exported to " + folder);
        return 0;
    }
}
