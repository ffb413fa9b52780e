package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Tells live views that a run changed (after the change is committed). */
@ApplicationScoped
public class RunUpdates {

    /** Run {@code runId} of experiment {@code experimentId} changed. */
    public record RunUpdate(long experimentId, long runId) {
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = Logger.getLogger(RunUpdates.class);

    private final List<Consumer<RunUpdate>> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<RunUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(RunUpdate update) {
        for (Consumer<RunUpdate> listener : listeners) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                LOG.debug("a run-update listener failed", e); // a closed browser tab must not stop ingestion
            }
        }
    }
}
