package org.normbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInPapers;
import org.normbench.benchmark.BuiltInPresets;
import org.normbench.benchmark.Paper;
import org.normbench.benchmark.Preset;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.ClaimService;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.Visibility;

/**
 * One paper: its benchmarks, each with its presets (a button submits one as a public experiment) and its claims
 * judged on every public run, refreshed while the page is open.
 */
@Route(value = "papers", layout = MainLayout.class)
@PageTitle("Paper · NormBench")
public class PaperView extends VerticalLayout implements HasUrlParameter<String> {

    private final BenchmarkCatalogue catalogue;
    private final ClaimService claims;
    private final ExperimentService experiments;
    private final CurrentCaller caller;
    private final int pollMillis;
    private final Map<String, ClaimsGrid> grids = new LinkedHashMap<>();
    private Paper paper;
    private Registration poll;

    public PaperView(BenchmarkCatalogue catalogue, ClaimService claims, ExperimentService experiments,
            CurrentCaller caller, @ConfigProperty(name = "normbench.ui.claims-refresh-seconds") int refreshSeconds) {
        this.catalogue = catalogue;
        this.claims = claims;
        this.experiments = experiments;
        this.caller = caller;
        this.pollMillis = refreshSeconds * 1000;
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        paper = BuiltInPapers.find(key).orElseThrow(() -> new NotFoundException("no paper " + key));
        removeAll();
        grids.clear();
        H2 title = new H2(paper.title());
        title.setId("paper-title");
        Paragraph byline = new Paragraph(paper.authors() + " · " + paper.spec() + " in the project's specs");
        byline.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, byline, new Paragraph(paper.summary()), new Paragraph("Claims are judged on every public run of"
                + " each benchmark: holds when the measured interval lies inside the prediction, violated when it"
                + " lies outside, inconclusive otherwise (too few seeds, runs that did not reach the target, or an"
                + " interval that straddles it). Open a claim for its evidence and plot."));
        for (String benchmarkKey : paper.benchmarks()) {
            catalogue.latest(benchmarkKey).map(catalogue::definition).ifPresent(this::addBenchmark);
        }
        refresh();
    }

    private void addBenchmark(BenchmarkDefinition benchmark) {
        H3 heading = new H3(benchmark.title());
        Paragraph meta = new Paragraph(benchmark.key() + " v" + benchmark.version() + " · " + benchmark.source()
                + " · ");
        meta.add(new RouterLink("leaderboards", LeaderboardView.class, benchmark.key()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout presets = new HorizontalLayout();
        presets.setAlignItems(Alignment.BASELINE);
        presets.getStyle().set("flex-wrap", "wrap");
        for (Preset preset : BuiltInPresets.of(benchmark.key())) {
            Button reproduce = new Button("Reproduce: " + preset.name() + " preset", e -> reproduce(benchmark, preset));
            reproduce.setId("reproduce-" + benchmark.key() + "-" + preset.name());
            if (preset.name().equals(Preset.CPU)) {
                reproduce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Span what = new Span(preset.title() + " — " + preset.description() + " (" + preset.cost() + ")");
            what.getStyle().set("font-size", "var(--lumo-font-size-s)");
            presets.add(reproduce, what);
        }
        ClaimsGrid grid = new ClaimsGrid("claims-" + benchmark.key());
        grids.put(benchmark.key(), grid);
        add(heading, meta, presets, grid);
    }

    /** Submits the preset as a public experiment of the signed-in user, so its runs count towards the verdicts. */
    private void reproduce(BenchmarkDefinition benchmark, Preset preset) {
        if (!caller.get().signedIn()) {
            VaadinSession.getCurrent().setAttribute(AccessControl.AFTER_SIGN_IN, "papers/" + paper.key());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            return;
        }
        try {
            Experiment experiment = experiments.submit(caller.get(),
                    ExperimentSpec.of(benchmark.key(), preset, Visibility.PUBLIC));
            getUI().ifPresent(ui -> ui.navigate(ExperimentView.class, experiment.id));
        } catch (InvalidExperimentException e) {
            Notification.show("Not submitted: " + e.getMessage());
        }
    }

    private void refresh() {
        grids.forEach((benchmark, grid) -> {
            List<ClaimResult> results = claims.onPublicRuns(benchmark).orElse(List.of());
            grid.setItems(results);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(pollMillis);
        poll = attachEvent.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }
}
