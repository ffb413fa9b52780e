package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.normbench.benchmark.Benchmark;
import org.normbench.benchmark.BenchmarkCatalogue;

/** Accepts experiments: validates, stores the experiment and its runs (QUEUED), and hands them to dispatch. */
@ApplicationScoped
public class ExperimentService {

    private final BenchmarkCatalogue catalogue;
    private final ExperimentLimits limits;
    private final RunDispatcher dispatcher;

    public ExperimentService(BenchmarkCatalogue catalogue, ExperimentLimits limits, RunDispatcher dispatcher) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.dispatcher = dispatcher;
    }

    /** Stores the experiment and its runs, or throws {@link InvalidExperimentException} and stores nothing. */
    public Experiment submit(ExperimentSpec spec) {
        Experiment experiment = store(spec);
        dispatcher.dispatchSoon();
        return experiment;
    }

    @Transactional
    Experiment store(ExperimentSpec spec) {
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
        List<RunConfig> configs;
        try {
            configs = new ExperimentGrid(catalogue.definition(benchmark), limits).expand(spec);
        } catch (InvalidExperimentException e) {
            errors.addAll(e.errors());
            throw new InvalidExperimentException(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        Instant now = Instant.now();
        Experiment experiment = new Experiment();
        experiment.name = name;
        experiment.benchmark = benchmark;
        experiment.requestJson = StoredJson.write(spec);
        experiment.createdAt = now;
        experiment.persist();
        for (RunConfig config : configs) {
            Run run = new Run();
            run.experiment = experiment;
            run.scheme = config.scheme();
            run.parametersJson = StoredJson.write(config.parameters());
            run.settingHash = new Setting(run.scheme, run.parametersJson).hash();
            run.seed = config.seed();
            run.state = RunState.QUEUED;
            run.createdAt = now;
            run.persist();
        }
        return experiment;
    }
}
