package org.normbench.pruning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.Caller;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentAccess;
import org.normbench.experiment.ExperimentDeleted;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunDispatcher;
import org.normbench.experiment.RunState;

/**
 * Queues pruning jobs: a succeeded run of a neuron-pruning benchmark pruned again by a worker from its stored
 * snapshots, without training (to check that its pruning curves reproduce, or to redo them after the pruning code
 * changed). Only those who may manage the run's experiment may, since a job replaces the run's pruning results.
 */
@ApplicationScoped
public class PruningJobService {

    private final ExperimentQueries queries;
    private final RunDispatcher dispatcher;

    public PruningJobService(ExperimentQueries queries, RunDispatcher dispatcher) {
        this.queries = queries;
        this.dispatcher = dispatcher;
    }

    /**
     * Queues a job for the run. Empty when the caller cannot see the run; {@link AccessDeniedException} when they
     * may not manage it; {@link PruningRefusedException} when the run cannot be pruned now.
     */
    public Optional<PruningJobView> request(Caller caller, long runId) {
        Optional<PruningJobView> job = store(caller, runId);
        job.ifPresent(j -> dispatcher.dispatchSoon());
        return job;
    }

    /** Queues a job for every succeeded run of the experiment that has none queued. Empty as {@link #request}. */
    public Optional<List<PruningJobView>> requestAll(Caller caller, long experimentId) {
        Optional<List<PruningJobView>> jobs = storeAll(caller, experimentId);
        jobs.ifPresent(j -> dispatcher.dispatchSoon());
        return jobs;
    }

    /** The run's jobs, oldest first; empty when the caller cannot see the run. */
    @Transactional
    public Optional<List<PruningJobView>> ofRun(Caller caller, long runId) {
        return queries.readableRun(caller, runId).map(run -> PruningJob.ofRun(run.id).stream()
                .map(PruningJobView::of).toList());
    }

    /** Goes with its runs (the event is fired before they are deleted). */
    void onDeleted(@Observes ExperimentDeleted event) {
        PruningJob.delete("run.id in (select r.id from Run r where r.experiment.id = ?1)", event.experimentId());
    }

    @Transactional
    Optional<PruningJobView> store(Caller caller, long runId) {
        caller.requireSignedIn("prune runs");
        return queries.readableRun(caller, runId).map(run -> {
            requireManaged(caller, run.experiment);
            requirePrunable(run.experiment);
            if (run.state != RunState.SUCCEEDED) {
                throw new PruningRefusedException("run " + run.id + " is " + run.state
                        + ": only a succeeded run has the snapshots a pruning job prunes");
            }
            PruningJob.<PruningJob>find("run.id = ?1 and state = ?2", run.id, PruningJobState.QUEUED)
                    .firstResultOptional().ifPresent(queued -> {
                        throw new PruningRefusedException("run " + run.id + " has pruning job " + queued.id
                                + " queued already");
                    });
            return PruningJobView.of(queue(run, caller));
        });
    }

    @Transactional
    Optional<List<PruningJobView>> storeAll(Caller caller, long experimentId) {
        caller.requireSignedIn("prune runs");
        return queries.readableExperiment(caller, experimentId).map(experiment -> {
            requireManaged(caller, experiment);
            requirePrunable(experiment);
            List<Run> runs = Run.list("experiment.id = ?1 and state = ?2 and id not in (select j.run.id from"
                    + " PruningJob j where j.state = ?3) order by id", experiment.id, RunState.SUCCEEDED,
                    PruningJobState.QUEUED);
            if (runs.isEmpty()) {
                throw new PruningRefusedException("experiment " + experiment.id + " has no succeeded run without a"
                        + " queued pruning job");
            }
            return runs.stream().map(run -> PruningJobView.of(queue(run, caller))).toList();
        });
    }

    private static PruningJob queue(Run run, Caller caller) {
        PruningJob job = new PruningJob();
        job.run = run;
        job.state = PruningJobState.QUEUED;
        job.requestedBy = caller.username();
        job.createdAt = Instant.now();
        job.persist();
        return job;
    }

    private static void requireManaged(Caller caller, Experiment experiment) {
        if (!ExperimentAccess.canManage(caller, experiment)) {
            throw new AccessDeniedException("only the owner of experiment " + experiment.id
                    + " (or an owner of its team) may prune its runs again: a pruning job replaces their results");
        }
    }

    private static void requirePrunable(Experiment experiment) {
        if (!BuiltInBenchmarks.NEURON_PRUNING.contains(experiment.benchmark.key)) {
            throw new PruningRefusedException("benchmark " + experiment.benchmark.key + " prunes nothing; pruning"
                    + " jobs apply to " + BuiltInBenchmarks.NEURON_PRUNING.stream().sorted().toList());
        }
    }
}
