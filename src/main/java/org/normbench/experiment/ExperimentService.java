package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.Account;
import org.normbench.account.AccountConfig;
import org.normbench.account.Caller;
import org.normbench.account.Team;
import org.normbench.account.TeamRole;
import org.normbench.artifact.Artifact;
import org.normbench.benchmark.Benchmark;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.metric.MetricPoint;
import org.normbench.metric.SummaryMetric;
import org.normbench.queue.RunCancellation;

/**
 * Accepts experiments from signed-in callers: validates, stores the experiment (owned by the caller, shared as
 * asked) and its runs (QUEUED), and hands them to dispatch; changes who may see an experiment.
 */
@ApplicationScoped
public class ExperimentService {

    private final BenchmarkCatalogue catalogue;
    private final ExperimentLimits limits;
    private final RunDispatcher dispatcher;
    private final Event<VisibilityChanged> visibilityChanged;
    private final Event<ExperimentDeleted> deleted;
    private final Event<RunsCancelled> cancelled;
    private final long maxUnfinishedRuns;

    public ExperimentService(BenchmarkCatalogue catalogue, ExperimentLimits limits, RunDispatcher dispatcher,
            Event<VisibilityChanged> visibilityChanged, Event<ExperimentDeleted> deleted,
            Event<RunsCancelled> cancelled, AccountConfig accounts) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.dispatcher = dispatcher;
        this.visibilityChanged = visibilityChanged;
        this.deleted = deleted;
        this.cancelled = cancelled;
        this.maxUnfinishedRuns = accounts.maxUnfinishedRuns();
    }

    /** Stores the experiment and its runs, or throws {@link InvalidExperimentException} and stores nothing. */
    public Experiment submit(Caller caller, ExperimentSpec spec) {
        caller.requireSignedIn("submit experiments");
        Experiment experiment = store(caller, spec);
        dispatcher.dispatchSoon();
        return experiment;
    }

    /**
     * Shares an experiment as asked (visibility, and the team for team visibility; a public experiment may name
     * its team too). Empty when the caller cannot see the experiment; {@link AccessDeniedException} when they may
     * see but not manage it.
     */
    @Transactional
    public Optional<Experiment> share(Caller caller, long experimentId, Visibility visibility, String teamName) {
        Optional<Experiment> found = managed(caller, experimentId, "share");
        if (found.isEmpty()) {
            return found;
        }
        Experiment experiment = found.get();
        List<FieldError> errors = new ArrayList<>();
        Team team = sharing(caller, visibility, teamName, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        boolean wasPublic = experiment.visibility == Visibility.PUBLIC;
        experiment.visibility = visibility;
        experiment.team = team;
        if (wasPublic != (visibility == Visibility.PUBLIC)) {
            visibilityChanged.fire(new VisibilityChanged(experiment.id, experiment.benchmark.id));
        }
        return Optional.of(experiment);
    }

    /**
     * Stops an experiment: its queued and running runs are marked cancelled (queued ones are never dispatched,
     * whatever workers still report is ignored), and once this commits workers are told to stop or skip them
     * ({@link RunsCancelled}, sent by the {@link RunDispatcher}).
     * Empty when the caller cannot see the experiment; {@link AccessDeniedException} when they may not manage it.
     */
    @Transactional
    public Optional<Long> cancel(Caller caller, long experimentId) {
        return managed(caller, experimentId, "cancel").map(experiment -> {
            List<Run> unfinished = Run.list("experiment.id = ?1 and state in ?2", experiment.id,
                    List.of(RunState.QUEUED, RunState.RUNNING));
            Instant now = Instant.now();
            for (Run run : unfinished) {
                run.state = RunState.CANCELLED;
                run.finishedAt = now;
            }
            // queued runs too: the dispatcher may be sending one's request right now
            cancelled.fire(new RunsCancelled(unfinished.stream().map(run -> RunCancellation.of(run.id, run.runToken))
                    .toList()));
            return (long) unfinished.size();
        });
    }

    /**
     * Deletes an experiment with everything it produced: runs, metric points, summaries, comments, artifacts'
     * records, series overviews and its leaderboard aggregates (the global ones are rebuilt without it).
     */
    @Transactional
    public Optional<Experiment> delete(Caller caller, long experimentId) {
        return managed(caller, experimentId, "delete").map(experiment -> {
            deleted.fire(new ExperimentDeleted(experiment.id, experiment.benchmark.id,
                    experiment.visibility == Visibility.PUBLIC));
            String runs = "(select r.id from Run r where r.experiment.id = ?1)";
            MetricPoint.delete("runId in " + runs, experiment.id);
            SummaryMetric.delete("runId in " + runs, experiment.id);
            Artifact.delete("runId in " + runs, experiment.id);
            Comment.delete("experimentId", experiment.id);
            Run.delete("experiment.id", experiment.id);
            experiment.delete();
            return experiment;
        });
    }

    private static Optional<Experiment> managed(Caller caller, long experimentId, String action) {
        caller.requireSignedIn(action + " experiments");
        Experiment experiment = Experiment.findById(experimentId);
        if (experiment == null || !ExperimentAccess.canRead(caller, experiment)) {
            return Optional.empty();
        }
        if (!ExperimentAccess.canManage(caller, experiment)) {
            throw new AccessDeniedException("only the owner of experiment " + experimentId
                    + " (or an owner of its team) may " + action + " it");
        }
        return Optional.of(experiment);
    }

    /** The team an experiment is shared with; errors when the visibility or team is not one the caller may use. */
    private static Team sharing(Caller caller, Visibility visibility, String teamName, List<FieldError> errors) {
        if (visibility == null) {
            errors.add(new FieldError("visibility", "choose one of PRIVATE, TEAM, PUBLIC"));
            return null;
        }
        String name = teamName == null ? "" : teamName.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            if (visibility == Visibility.TEAM) {
                errors.add(new FieldError("team", "choose the team to share with"));
            }
            return null;
        }
        if (visibility == Visibility.PRIVATE) {
            errors.add(new FieldError("team", "a private experiment is not shared with a team"));
            return null;
        }
        // a team the caller is not in is reported as unknown, so team names cannot be probed
        Optional<Team> team = Team.byName(name)
                .filter(t -> caller.admin() || caller.roleIn(t).filter(r -> r.atLeast(TeamRole.MEMBER)).isPresent());
        if (team.isEmpty()) {
            errors.add(new FieldError("team", "you are not a member of a team '" + name + "'"));
        }
        return team.orElse(null);
    }

    /**
     * A person's queued and running runs are bounded, so one grid cannot hold every worker for days. The account
     * row is locked first, so two submissions of one person at once cannot both slip under the limit.
     */
    private void checkQuota(Caller caller, int newRuns, List<FieldError> errors) {
        Account.getEntityManager().find(Account.class, caller.accountId(), LockModeType.PESSIMISTIC_WRITE);
        long unfinished = Run.count("experiment.owner.id = ?1 and state in ?2", caller.accountId(),
                List.of(RunState.QUEUED, RunState.RUNNING));
        if (unfinished + newRuns > maxUnfinishedRuns) {
            errors.add(new FieldError("runs", "this experiment has " + newRuns + " runs and you have " + unfinished
                    + " queued or running; each person may have at most " + maxUnfinishedRuns
                    + " (normbench.account.max-unfinished-runs): wait for some to finish"));
        }
    }

    @Transactional
    Experiment store(Caller caller, ExperimentSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        String name = spec.name() == null ? "" : spec.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "give the experiment a name"));
        } else if (name.length() > limits.maxNameLength()) {
            errors.add(new FieldError("name", "at most " + limits.maxNameLength() + " characters"));
        }
        Benchmark benchmark = spec.benchmark() == null ? null : catalogue.latest(spec.benchmark()).orElse(null);
        if (benchmark == null) {
            errors.add(new FieldError("benchmark", spec.benchmark() == null ? "choose a benchmark"
                    : "unknown benchmark '" + spec.benchmark() + "'"));
            throw new InvalidExperimentException(errors);
        }
        Visibility visibility = spec.visibility() == null ? Visibility.PRIVATE : spec.visibility();
        Team team = sharing(caller, visibility, spec.team(), errors);
        List<RunConfig> configs;
        try {
            configs = new ExperimentGrid(catalogue.definition(benchmark), limits).expand(spec);
        } catch (InvalidExperimentException e) {
            errors.addAll(e.errors());
            throw new InvalidExperimentException(errors);
        }
        if (errors.isEmpty()) {
            checkQuota(caller, configs.size(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        Experiment experiment = new Experiment();
        experiment.name = name;
        experiment.benchmark = benchmark;
        experiment.requestJson = StoredJson.write(spec);
        experiment.team = team;
        experiment.visibility = visibility;
        return persist(caller, experiment, configs);
    }

    /**
     * A new experiment, owned by the caller, with the same runs as one the caller may see: the same benchmark
     * version, schemes, resolved hyperparameters and seeds (defaults as they were resolved then, not as they are
     * now). It is shared as the original when the caller manages that, else private. Empty when the original is
     * not visible to the caller.
     */
    public Optional<Experiment> rerun(Caller caller, long experimentId) {
        caller.requireSignedIn("rerun experiments");
        Optional<Experiment> rerun = storeRerun(caller, experimentId);
        rerun.ifPresent(e -> dispatcher.dispatchSoon());
        return rerun;
    }

    @Transactional
    Optional<Experiment> storeRerun(Caller caller, long experimentId) {
        Experiment original = Experiment.findById(experimentId);
        if (original == null || !ExperimentAccess.canRead(caller, original)) {
            return Optional.empty();
        }
        List<RunConfig> configs = Run.ofExperiment(experimentId).stream()
                .map(r -> new RunConfig(r.scheme, StoredJson.parameters(r), r.seed)).toList();
        List<FieldError> errors = new ArrayList<>();
        checkQuota(caller, configs.size(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        String suffix = " (rerun of #" + experimentId + ")";
        Experiment experiment = new Experiment();
        experiment.name = original.name.substring(0, Math.min(original.name.length(),
                limits.maxNameLength() - suffix.length())) + suffix;
        experiment.benchmark = original.benchmark;
        experiment.requestJson = original.requestJson;
        boolean sameSharing = ExperimentAccess.canManage(caller, original);
        experiment.team = sameSharing ? original.team : null;
        experiment.visibility = sameSharing ? original.visibility : Visibility.PRIVATE;
        return Optional.of(persist(caller, experiment, configs));
    }

    private static Experiment persist(Caller caller, Experiment experiment, List<RunConfig> configs) {
        Instant now = Instant.now();
        experiment.createdAt = now;
        experiment.owner = Account.findById(caller.accountId());
        experiment.persist();
        for (RunConfig config : configs) {
            Run run = new Run();
            run.experiment = experiment;
            run.scheme = config.scheme();
            run.parametersJson = StoredJson.write(config.parameters());
            run.settingHash = new Setting(run.scheme, run.parametersJson).hash();
            run.seed = config.seed();
            run.runToken = Run.newToken();
            run.state = RunState.QUEUED;
            run.createdAt = now;
            run.persist();
        }
        return experiment;
    }
}
