package org.normbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.normbench.account.Caller;
import org.normbench.account.TeamRole;
import org.normbench.account.TeamService;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentDetails;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.Visibility;

/**
 * The experiment form: benchmark, schemes, comma-separated values per hyperparameter, seeds, the steps to save
 * parameter snapshots at, a time limit per run, and who may see it.
 * Errors from the same validation the API uses appear next to the fields they concern.
 */
@SignInRequired
@Route(value = "experiments/new", layout = MainLayout.class)
@PageTitle("New experiment · NormBench")
public class NewExperimentView extends VerticalLayout implements BeforeEnterObserver {

    private final BenchmarkCatalogue catalogue;
    private final ExperimentService experiments;
    private final CurrentCaller caller;
    private final ExperimentQueries queries;
    private final Select<Visibility> visibility = new Select<>();
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final ComboBox<BenchmarkDefinition> benchmark = new ComboBox<>("Benchmark");
    private final TextField name = new TextField("Experiment name");
    private final CheckboxGroup<String> schemes = new CheckboxGroup<>("Schemes");
    private final TextField seeds = new TextField("Seeds");
    private final TextField snapshotSteps = new TextField("Snapshot steps");
    private final TextField timeLimit = new TextField("Time limit per run (s)");
    private final FormLayout parameterForm = new FormLayout();
    private final Map<String, TextField> parameterFields = new LinkedHashMap<>();
    private final Paragraph description = new Paragraph();
    /** Errors that concern the whole grid rather than one field (e.g. too many runs). */
    private final Paragraph formError = new Paragraph();

    public NewExperimentView(BenchmarkCatalogue catalogue, ExperimentService experiments, CurrentCaller caller,
            TeamService teams, ExperimentQueries queries) {
        this.catalogue = catalogue;
        this.experiments = experiments;
        this.caller = caller;
        this.queries = queries;
        visibility.setId("visibility");
        visibility.setLabel("Visible to");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> switch (v) {
            case PRIVATE -> "only me";
            case TEAM -> "my team";
            case PUBLIC -> "everyone (global leaderboards)";
        });
        visibility.setValue(Visibility.PRIVATE);
        team.setId("team");
        team.setClearButtonVisible(true);
        Caller current = caller.get();
        team.setItems(current.signedIn() ? teams.teams(current).stream()
                .filter(t -> current.admin() || (t.yourRole() != null && t.yourRole().atLeast(TeamRole.MEMBER)))
                .map(TeamService.TeamDetails::name).toList() : List.of());
        benchmark.setId("benchmark");
        name.setId("name");
        schemes.setId("schemes");
        seeds.setId("seeds");
        snapshotSteps.setId("snapshot-steps");
        timeLimit.setId("time-limit");
        benchmark.setItemLabelGenerator(BenchmarkDefinition::title);
        benchmark.setItems(catalogue.latestDefinitions());
        benchmark.setWidthFull();
        benchmark.addValueChangeListener(e -> showBenchmark(e.getValue()));
        name.setRequired(true);
        seeds.setValue("0");
        seeds.setHelperText("comma-separated whole numbers; every grid point runs once per seed");
        snapshotSteps.setHelperText("optional: steps after which every run saves its parameters too (besides init,"
                + " the loss levels and the end)");
        timeLimit.setHelperText("optional: a run still training after this many seconds stops and keeps what it has");
        Button submit = new Button("Submit", e -> submit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout main = new FormLayout(benchmark, name, schemes, seeds, snapshotSteps, timeLimit, visibility,
                team);
        formError.setId("form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        add(new H2("New experiment"), main, description, parameterForm, formError, submit);
        setMaxWidth("1000px");
    }

    /** {@code ?benchmark=key} preselects a benchmark; {@code ?from=id} fills the form from an experiment. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<ExperimentSpec> original = query.getOrDefault("from", List.of()).stream().findFirst()
                .flatMap(NewExperimentView::id).flatMap(id -> queries.experiment(caller.get(), id))
                .map(ExperimentDetails::request);
        List<String> requested = original.map(o -> List.of(o.benchmark()))
                .orElse(query.getOrDefault("benchmark", List.of()));
        catalogue.latestDefinitions().stream()
                .filter(b -> requested.isEmpty() || b.key().equals(requested.get(0)))
                .findFirst().ifPresent(benchmark::setValue);
        original.ifPresent(this::fillFrom);
    }

    /** Clone and edit: the original's name, schemes, values and seeds, ready to change. */
    private void fillFrom(ExperimentSpec original) {
        name.setValue("copy of " + original.name());
        if (original.schemes() != null) {
            schemes.setValue(new LinkedHashSet<>(original.schemes().stream()
                    .filter(s -> benchmark.getValue() != null && benchmark.getValue().schemes().contains(s)).toList()));
        }
        if (original.grid() != null) {
            original.grid().forEach((parameter, values) -> Optional.ofNullable(parameterFields.get(parameter))
                    .ifPresent(f -> f.setValue(values.stream().map(ParameterDefinition::format)
                            .collect(Collectors.joining(", ")))));
        }
        if (original.seeds() != null) {
            seeds.setValue(original.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        snapshotSteps.setValue(original.snapshotSteps().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        timeLimit.setValue(original.timeLimitSeconds() == null ? "" : String.valueOf(original.timeLimitSeconds()));
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showBenchmark(BenchmarkDefinition definition) {
        parameterForm.removeAll();
        parameterFields.clear();
        if (definition == null) {
            return;
        }
        description.setText(definition.description());
        schemes.setItems(definition.schemes());
        schemes.setValue(new LinkedHashSet<>(definition.schemes()));
        for (ParameterDefinition p : definition.parameters()) {
            TextField field = new TextField(p.label());
            field.setId("param-" + p.name());
            if (p.schemeDefaults().isEmpty()) {
                field.setValue(ParameterDefinition.format(p.defaultValue()));
            } else {
                field.setPlaceholder("default per scheme");
            }
            field.setHelperText((p.description().isEmpty() ? "" : p.description() + "; ")
                    + (p.schemes().isEmpty() ? "" : "only for " + String.join(", ", p.schemes()) + "; ")
                    + "comma-separated values; empty: the default (" + p.describeDefaults() + ")");
            parameterFields.put(p.name(), field);
            parameterForm.add(field);
        }
    }

    private void submit() {
        clearErrors();
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<Double>> grid = new LinkedHashMap<>();
        parameterFields.forEach((parameter, field) -> {
            List<Double> values = parseNumbers(field.getValue(), "grid." + parameter, errors);
            if (values != null && !values.isEmpty()) {
                grid.put(parameter, values);
            }
        });
        List<Long> seedList = parseWholeNumbers(seeds.getValue(), "seeds", errors);
        List<Long> stepList = parseWholeNumbers(snapshotSteps.getValue(), "snapshotSteps", errors);
        List<Long> limit = parseWholeNumbers(timeLimit.getValue(), "timeLimitSeconds", errors);
        if (limit.size() > 1) {
            errors.add(new FieldError("timeLimitSeconds", "give one time limit, got " + limit.size()));
        }
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        BenchmarkDefinition chosen = benchmark.getValue();
        ExperimentSpec spec = new ExperimentSpec(name.getValue(), chosen == null ? null : chosen.key(),
                List.copyOf(schemes.getSelectedItems()), grid, seedList, stepList, limit.isEmpty() ? null : limit.get(0),
                visibility.getValue(), team.getValue());
        try {
            Experiment experiment = experiments.submit(caller.get(), spec);
            getUI().ifPresent(ui -> ui.navigate(ExperimentView.class, experiment.id));
        } catch (InvalidExperimentException e) {
            showErrors(e.errors());
        }
    }

    /** Parses "0, 1, 2"; records an error when a value is not a whole number. */
    private static List<Long> parseWholeNumbers(String text, String field, List<FieldError> errors) {
        List<Long> whole = new ArrayList<>();
        List<Double> values = parseNumbers(text, field, errors);
        if (values != null) {
            for (double value : values) {
                if (value != Math.rint(value)) {
                    errors.add(new FieldError(field, "'" + value + "' is not a whole number"));
                }
                whole.add((long) value);
            }
        }
        return whole;
    }

    /** Parses "0.1, 1, 10"; returns null and records an error when a value is not a number. */
    private static List<Double> parseNumbers(String text, String field, List<FieldError> errors) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                values.add(Double.parseDouble(trimmed));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "'" + trimmed + "' is not a number"));
                return null;
            }
        }
        return values;
    }

    private void showErrors(List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            Component target = fieldFor(error.field());
            if (target instanceof HasValidation validated) {
                validated.setInvalid(true);
                validated.setErrorMessage(error.message());
            } else {
                unplaced.add(error.field() + ": " + error.message());
            }
        }
        formError.setText(String.join("; ", unplaced));
        formError.setVisible(!unplaced.isEmpty());
    }

    private Component fieldFor(String path) {
        String root = path.replaceAll("\\[\\d+]$", "");
        if (root.startsWith("grid.")) {
            return parameterFields.get(root.substring("grid.".length()));
        }
        return switch (root) {
            case "name" -> name;
            case "benchmark" -> benchmark;
            case "schemes" -> schemes;
            case "seeds" -> seeds;
            case "snapshotSteps" -> snapshotSteps;
            case "timeLimitSeconds" -> timeLimit;
            case "visibility" -> visibility;
            case "team" -> team;
            default -> null;
        };
    }

    private void clearErrors() {
        List<HasValidation> fields = new ArrayList<>(List.of(name, benchmark, schemes, seeds, snapshotSteps,
                timeLimit, visibility, team));
        fields.addAll(parameterFields.values());
        fields.forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
    }
}
