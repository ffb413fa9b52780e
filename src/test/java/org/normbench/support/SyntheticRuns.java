package org.normbench.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.normbench.account.Account;
import org.normbench.account.Team;
import org.normbench.benchmark.Benchmark;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunEventHandler;
import org.normbench.experiment.RunState;
import org.normbench.experiment.Setting;
import org.normbench.experiment.Visibility;
import org.normbench.queue.RunEvent;

/**
 * Experiments whose runs finish with chosen summaries and series, through the portal's own event handler (no
 * worker trains them: they are stored as already dispatched and running), so leaderboards and comparisons can be
 * checked against known numbers.
 */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** A stored public experiment of the latest version of {@code benchmark}, without runs. */
    public static long experiment(String benchmark, String name) {
        return experiment(benchmark, name, Visibility.PUBLIC, null, null);
    }

    /** A stored experiment owned and shared as given (owner and team may be null), without runs. */
    public static long experiment(String benchmark, String name, Visibility visibility, Long ownerId, Long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Experiment experiment = new Experiment();
            experiment.visibility = visibility;
            experiment.owner = ownerId == null ? null : Account.findById(ownerId);
            experiment.team = teamId == null ? null : Team.findById(teamId);
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
        long runId = running(experimentId, scheme, parametersJson, seed);
        CDI.current().select(RunEventHandler.class).get()
                .apply(RunEvent.finished(runId, token(runId), "synthetic-worker", points, summary));
        return runId;
    }

    /** The run's token, which every event about it must carry. */
    public static String token(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(runId).runToken);
    }

    /** A run stored as dispatched and running (no worker has it, so it stays so); returns its id. */
    public static long running(long experimentId, String scheme, String parametersJson, long seed) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Run run = new Run();
            run.experiment = Experiment.findById(experimentId);
            run.scheme = scheme;
            run.parametersJson = parametersJson;
            run.settingHash = new Setting(scheme, parametersJson).hash();
            run.seed = seed;
            run.runToken = Run.newToken();
            run.state = RunState.RUNNING;
            run.createdAt = Instant.now();
            run.dispatchedAt = run.createdAt;
            run.persist();
            return run.id;
        });
    }
}
