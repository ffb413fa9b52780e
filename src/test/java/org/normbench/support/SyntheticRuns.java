package org.normbench.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.normbench.benchmark.Benchmark;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunEventHandler;
import org.normbench.experiment.RunState;
import org.normbench.experiment.Setting;
import org.normbench.queue.RunEvent;

/**
 * Experiments whose runs finish with chosen summaries and series, through the portal's own event handler (no
 * worker trains them: they are stored as already dispatched and running), so leaderboards and comparisons can be
 * checked against known numbers.
 */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** A stored experiment of the latest version of {@code benchmark}, without runs. */
    public static long experiment(String benchmark, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Experiment experiment = new Experiment();
            experiment.name = name;
            experiment.benchmark = Benchmark.latest(benchmark).orElseThrow();
            experiment.requestJson = "{}";
            experiment.createdAt = Instant.now();
            experiment.persist();
            return experiment.id;
        });
    }

    /** A run that finished with {@code summary} and logged {@code points}; returns its id. */
    public static long finished(long experimentId, String scheme, String parametersJson, long seed,
            Map<String, Double> summary, List<RunEvent.Point> points) {
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            Run run = new Run();
            run.experiment = Experiment.findById(experimentId);
            run.scheme = scheme;
            run.parametersJson = parametersJson;
            run.settingHash = new Setting(scheme, parametersJson).hash();
            run.seed = seed;
            run.state = RunState.RUNNING;
            run.createdAt = Instant.now();
            run.dispatchedAt = run.createdAt;
            run.persist();
            return run.id;
        });
        CDI.current().select(RunEventHandler.class).get()
                .apply(RunEvent.finished(runId, "synthetic-worker", points, summary));
        return runId;
    }
}
