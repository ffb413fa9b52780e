package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Following an experiment until it is done: how often to look and for how long. */
class WatchOptions {

    @Option(names = "--interval", defaultValue = "PT2S", description = "time between looks (ISO-8601, default 2 s)")
    Duration interval;

    @Option(names = "--timeout", description = "give up after this long (ISO-8601, e.g. PT1H; default: never)")
    Duration timeout;

    /** Prints a progress line whenever it changes; 0 when every run succeeded, 1 when some failed. */
    int follow(NormBenchCli cli, ApiClient api, long experimentId) {
        Instant deadline = timeout == null ? Instant.MAX : Instant.now().plus(timeout);
        String last = null;
        while (true) {
            Progress progress = Progress.of(api.get("/api/experiments/" + experimentId));
            String line = progress.line();
            if (!line.equals(last)) {
                cli.out.println(line);
                cli.out.flush();
                last = line;
            }
            if (progress.done()) {
                return progress.allSucceeded() ? 0 : NormBenchCli.FAILED_RUNS;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new CliException("experiment " + experimentId + " is not done after " + timeout);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("interrupted", e);
            }
        }
    }
}
