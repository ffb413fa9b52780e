package org.normbench.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/normbench}: the portal from a terminal or a script, over its REST API. Exit status 0 on success, 1
 * when runs failed ({@code watch}), 2 on errors (bad arguments, refused requests, unreachable portal).
 */
@Command(name = "normbench", mixinStandardHelpOptions = true, version = "normbench 0.1",
        description = "Submit, follow and download NormBench experiments.",
        subcommands = {LoginCommand.class, SubmitCommand.class, StatusCommand.class, WatchCommand.class,
                LeaderboardCommand.class, ReproduceCommand.class, ClaimsCommand.class, DownloadCommand.class,
                ExportCommand.class, CancelCommand.class, DeleteCommand.class})
public class NormBenchCli {

    static final int FAILED_RUNS = 1;
    static final int ERROR = 2;

    @Option(names = "--url", defaultValue = "${env:NORMBENCH_URL:-http://localhost:8080}",
            description = "the portal (default: $NORMBENCH_URL or ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", defaultValue = "${env:NORMBENCH_TOKEN}",
            description = "API token (default: $NORMBENCH_TOKEN, else the one 'login' saved)")
    String token;

    @Option(names = "--config-dir", defaultValue = "${env:NORMBENCH_CONFIG_DIR:-${sys:user.home}/.config/normbench}",
            description = "where 'login' keeps the token (default: ${DEFAULT-VALUE})")
    Path configDir;

    PrintWriter out;
    BufferedReader in;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs one command line; what a command prints goes to {@code out}, problems to {@code err}. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        NormBenchCli cli = new NormBenchCli();
        cli.out = out;
        cli.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        CommandLine line = new CommandLine(cli).setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (!(e instanceof CliException)) {
                        throw e;
                    }
                    err.println("normbench: " + e.getMessage());
                    return ERROR;
                });
        line.setExitCodeExceptionMapper(e -> ERROR);
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status == CommandLine.ExitCode.USAGE ? ERROR : status;
    }

    /** A client with the token from --token, $NORMBENCH_TOKEN or the saved one (none: anonymous). */
    ApiClient client() {
        return new ApiClient(url, token != null && !token.isBlank() ? token : TokenStore.read(configDir));
    }
}
