package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.NotSignedInException;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.RunState;
import org.normbench.pruning.PruningJobService;
import org.normbench.pruning.PruningJobView;
import org.normbench.pruning.PruningRefusedException;
import org.normbench.pruning.ReplacedResults;

/**
 * A neuron-pruning run's pruning jobs: a button that queues one (a worker prunes the run again from its snapshots,
 * without training) and each job's outcome — how many summaries it reproduced exactly and what it changed.
 */
class PruningJobsPanel extends VerticalLayout {

    private final PruningJobService service;
    private final CurrentCaller caller;
    private final Button prune = new Button("Prune again from the snapshots");
    private final Paragraph message = new Paragraph();
    private final Div jobs = new Div();
    private long runId;

    PruningJobsPanel(PruningJobService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
        setPadding(false);
        prune.setId("prune-again");
        prune.addThemeVariants(ButtonVariant.LUMO_SMALL);
        prune.addClickListener(e -> request());
        message.setId("pruning-message");
        jobs.setId("pruning-jobs");
        add(new H3("Pruning jobs"), new Paragraph("A pruning job prunes this run again from its saved parameter"
                + " snapshots, without training: the same networks and random orders give the same curves, so it"
                + " checks that the run's pruning results reproduce (or redoes them after the pruning code changed)."
                + " Its curves and summaries replace the run's; the values they replace are kept with the job."),
                prune, message, jobs);
    }

    /** Shows the run's jobs; hidden for runs of benchmarks that prune nothing. */
    void show(RunDetails run) {
        runId = run.id();
        setVisible(BuiltInBenchmarks.NEURON_PRUNING.contains(run.benchmark()));
        prune.setVisible(run.state() == RunState.SUCCEEDED && caller.get().signedIn());
        jobs.removeAll();
        List<PruningJobView> views = service.ofRun(caller.get(), runId).orElse(List.of());
        for (PruningJobView job : views) {
            Paragraph line = new Paragraph(describe(job));
            line.setId("pruning-job-" + job.id());
            jobs.add(line);
        }
    }

    private void request() {
        try {
            service.request(caller.get(), runId).ifPresent(job -> message.setText("Pruning job #" + job.id()
                    + " queued; it shows below when a worker has done it."));
        } catch (PruningRefusedException | AccessDeniedException | NotSignedInException e) {
            message.setText(e.getMessage());
        }
    }

    static String describe(PruningJobView job) {
        String head = "Job #" + job.id() + " by " + job.requestedBy() + ": " + job.state()
                + (job.worker() == null ? "" : " (worker " + job.worker() + ")");
        return switch (job.state()) {
            case QUEUED -> head + " — waiting for a worker";
            case FAILED -> head + " — " + job.error();
            case SUCCEEDED -> head + " — " + (job.summaryCount() - job.changedCount()) + " of "
                    + job.summaryCount() + " summaries reproduced exactly" + changes(job.replaced());
        };
    }

    private static String changes(ReplacedResults replaced) {
        return replaced.changes().isEmpty() ? "" : "; changed: " + replaced.changes().stream()
                .map(c -> c.name() + " " + (c.before() == null ? "(none)" : String.format("%.6g", c.before()))
                        + " → " + String.format("%.6g", c.after()))
                .collect(Collectors.joining(", "));
    }
}
