package org.normbench.experiment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;

/**
 * At the portal's start, hands finished runs whose derived data is missing — leaderboard aggregates of succeeded
 * runs, series overviews — to the {@link RunsFinished} observers, a batch per transaction: runs that finished
 * before that data existed, or were loaded in bulk. Runs that finish later are handled as their last event
 * arrives.
 */
@ApplicationScoped
public class FinishedRunBackfill {

    private static final Logger LOG = Logger.getLogger(FinishedRunBackfill.class);

    private final Event<RunsFinished> finished;
    private final int batchSize;

    public FinishedRunBackfill(Event<RunsFinished> finished,
            @ConfigProperty(name = "normbench.portal.backfill-batch-size") int batchSize) {
        this.finished = finished;
        this.batchSize = batchSize;
    }

    void onStart(@Observes StartupEvent event, Roles roles) {
        if (roles.portal()) {
            run();
        }
    }

    /** Hands every pending finished run to the observers; returns how many there were. */
    public long run() {
        long total = 0;
        long after = 0;
        List<Long> handled;
        do {
            long cursor = after;
            handled = QuarkusTransaction.requiringNew().call(() -> handleBatch(cursor));
            total += handled.size();
            after = handled.isEmpty() ? after : handled.get(handled.size() - 1);
        } while (handled.size() == batchSize);
        if (total > 0) {
            LOG.infof("added %d finished runs to the leaderboard aggregates and series overviews", total);
        }
        return total;
    }

    /** The next batch of pending runs with ids above {@code after} (walking the primary key); their ids. */
    private List<Long> handleBatch(long after) {
        // locked, so a second portal starting at the same time waits and then skips these runs
        List<Run> runs = Run.<Run>find("id > ?1 and state in ?2 and (overviewBuckets is null or (state = ?3"
                + " and aggregated = false)) order by id", after, List.of(RunState.SUCCEEDED, RunState.FAILED),
                RunState.SUCCEEDED).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, batchSize).list();
        if (!runs.isEmpty()) {
            finished.fire(new RunsFinished(runs));
        }
        return runs.stream().map(r -> r.id).toList();
    }
}
