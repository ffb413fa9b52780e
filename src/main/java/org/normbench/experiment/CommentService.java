package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.Account;
import org.normbench.account.Caller;

/** Comments on experiments and their runs: read by whoever may read the experiment, written as it allows. */
@ApplicationScoped
public class CommentService {

    /** A comment as shown: its author and time, and the run it is about (null: the experiment). */
    public record CommentView(long id, Long runId, String author, Instant createdAt, String body) {
        static CommentView of(Comment c) {
            return new CommentView(c.id, c.runId, c.author.username, c.createdAt, c.body);
        }
    }

    private final ExperimentQueries queries;
    private final int maxLength;

    public CommentService(ExperimentQueries queries,
            @ConfigProperty(name = "normbench.comment.max-length") int maxLength) {
        this.queries = queries;
        this.maxLength = maxLength;
    }

    /** The experiment's comments, oldest first; empty when the caller may not read the experiment. */
    @Transactional
    public Optional<List<CommentView>> comments(Caller caller, long experimentId) {
        return queries.readableExperiment(caller, experimentId).map(e -> Comment.<Comment>list(
                "experimentId = ?1 order by id", e.id).stream().map(CommentView::of).toList());
    }

    /** Whether the caller may comment on the experiment (and its runs). */
    @Transactional
    public boolean mayComment(Caller caller, long experimentId) {
        return queries.readableExperiment(caller, experimentId).filter(e -> ExperimentAccess.canComment(caller, e))
                .isPresent();
    }

    /**
     * Adds a comment on the experiment, or on one of its runs when {@code runId} is set. Empty when the caller may
     * not read the experiment; {@link AccessDeniedException} when they may read but not comment.
     */
    @Transactional
    public Optional<CommentView> add(Caller caller, long experimentId, Long runId, String body) {
        caller.requireSignedIn("comment");
        Optional<Experiment> found = queries.readableExperiment(caller, experimentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Experiment experiment = found.get();
        if (!ExperimentAccess.canComment(caller, experiment)) {
            throw new AccessDeniedException("team viewers read experiment " + experimentId + " but do not comment");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw invalid("body", "write 1 to " + maxLength + " characters");
        }
        if (runId != null && Run.count("id = ?1 and experiment.id = ?2", runId, experimentId) == 0) {
            throw invalid("runId", "experiment " + experimentId + " has no run " + runId);
        }
        Comment comment = new Comment();
        comment.experimentId = experimentId;
        comment.runId = runId;
        comment.author = Account.findById(caller.accountId());
        comment.body = text;
        comment.createdAt = Instant.now();
        comment.persist();
        return Optional.of(CommentView.of(comment));
    }

    private static InvalidQueryException invalid(String field, String message) {
        return new InvalidQueryException(List.of(new FieldError(field, message)));
    }
}
