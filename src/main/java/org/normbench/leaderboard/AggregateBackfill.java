package org.normbench.leaderboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunState;

/**
 * Adds succeeded runs that are not in the leaderboard aggregates yet (those finished before the aggregates
 * existed, or loaded in bulk) at the portal's start, a batch per transaction. Runs that finish later are added as
 * their summary arrives ({@code RunEventHandler}).
 */
@ApplicationScoped
public class AggregateBackfill {

    private static final Logger LOG = Logger.getLogger(AggregateBackfill.class);

    private final AggregateUpdater updater;
    private final int batchSize;

    public AggregateBackfill(AggregateUpdater updater,
            @ConfigProperty(name = "normbench.leaderboard.backfill-batch-size") int batchSize) {
        this.updater = updater;
        this.batchSize = batchSize;
    }

    void onStart(@Observes StartupEvent event, Roles roles) {
        if (roles.portal()) {
            run();
        }
    }

    /** Aggregates every pending run; returns how many there were. */
    public long run() {
        long total = 0;
        int added;
        do {
            added = QuarkusTransaction.requiringNew().call(this::addBatch);
            total += added;
        } while (added == batchSize);
        if (total > 0) {
            LOG.infof("added %d finished runs to the leaderboard aggregates", total);
        }
        return total;
    }

    private int addBatch() {
        // locked, so a second portal starting at the same time waits and then skips these runs
        List<Run> runs = Run.<Run>find("state = ?1 and aggregated = false order by id", RunState.SUCCEEDED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, batchSize).list();
        updater.add(runs);
        return runs.size();
    }
}
