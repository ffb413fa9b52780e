package org.normbench.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.artifact.ArchiveService;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.ClaimService;
import org.normbench.experiment.CommentService;
import org.normbench.experiment.CommentService.CommentView;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentDetails;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.ExperimentSummary;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.Page;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.Visibility;
import org.normbench.pruning.PruningJobService;

@Path("/api/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    /** What a successful submission returns. */
    public record Created(long id, List<Long> runIds) {
    }

    /** Who may see an experiment: its visibility, and the team it is shared with. */
    public record Sharing(Visibility visibility, String team) {
    }

    /** A new comment, on the experiment or on one of its runs ({@code runId}). */
    public record NewComment(Long runId, String body) {
    }

    private final ExperimentService experiments;
    private final ExperimentQueries queries;
    private final CommentService comments;
    private final ArchiveService archives;
    private final ClaimService claims;
    private final PruningJobService pruning;
    private final RequestCaller caller;
    private final int maxPageSize;

    public ExperimentResource(ExperimentService experiments, ExperimentQueries queries, CommentService comments,
            ArchiveService archives, ClaimService claims, PruningJobService pruning, RequestCaller caller,
            @ConfigProperty(name = "normbench.api.max-page-size") int maxPageSize) {
        this.experiments = experiments;
        this.queries = queries;
        this.comments = comments;
        this.archives = archives;
        this.claims = claims;
        this.pruning = pruning;
        this.caller = caller;
        this.maxPageSize = maxPageSize;
    }

    /**
     * Expands the grid into runs and queues them, owned by the caller (an API token is needed); {@code visibility}
     * (PRIVATE by default, TEAM, PUBLIC) and {@code team} share it. 400 names every bad field and stores nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ExperimentSpec spec) {
        if (spec == null) {
            throw new InvalidExperimentException(List.of(new FieldError("body", "an experiment is required")));
        }
        Experiment experiment = experiments.submit(caller.get(), spec);
        List<Long> runIds = get(experiment.id).runs().stream().map(RunDetails::id).toList();
        return Response.created(URI.create("/api/experiments/" + experiment.id))
                .entity(new Created(experiment.id, runIds)).build();
    }

    /** The experiments the caller may see, newest first; {@code offset} and {@code limit} page through them. */
    @GET
    public Page<ExperimentSummary> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(offset, limit, maxPageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return queries.experiments(caller.get(), offset, limit);
    }

    /** An experiment the caller may see (404 for one they may not, as for one that does not exist). */
    @GET
    @Path("{id}")
    public ExperimentDetails get(@PathParam("id") long id) {
        return queries.experiment(caller.get(), id).orElseThrow(() -> notFound(id));
    }

    /**
     * A new experiment with the same runs (benchmark version, schemes, resolved hyperparameters, seeds), owned by
     * the caller; a CPU rerun on the same machine type reproduces the original's metric series exactly
     * (docs/reproducibility.md). To change something first, GET the experiment, edit its {@code request} and POST it.
     */
    @POST
    @Path("{id}/rerun")
    public Response rerun(@PathParam("id") long id) {
        Experiment rerun = experiments.rerun(caller.get(), id).orElseThrow(() -> notFound(id));
        List<Long> runIds = get(rerun.id).runs().stream().map(RunDetails::id).toList();
        return Response.created(URI.create("/api/experiments/" + rerun.id)).entity(new Created(rerun.id, runIds))
                .build();
    }

    /**
     * Cancels the experiment's queued and running runs (what their workers still report is ignored); its owner, an
     * owner of its team, or an administrator may.
     */
    @POST
    @Path("{id}/cancel")
    public ExperimentDetails cancel(@PathParam("id") long id) {
        experiments.cancel(caller.get(), id).orElseThrow(() -> notFound(id));
        return get(id);
    }

    /**
     * Queues a pruning job for each succeeded run of the experiment (a neuron-pruning benchmark's) that has none
     * queued: workers prune the runs again from their stored snapshots, without training. 202 with the jobs; 409 when
     * the benchmark prunes nothing or no run can be pruned now.
     */
    @POST
    @Path("{id}/pruning-jobs")
    public Response prune(@PathParam("id") long id) {
        return Response.accepted(pruning.requestAll(caller.get(), id).orElseThrow(() -> notFound(id))).build();
    }

    /** Deletes the experiment and everything it produced; the global leaderboards are rebuilt without it. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        experiments.delete(caller.get(), id).orElseThrow(() -> notFound(id));
        return Response.noContent().build();
    }

    /** Changes who may see the experiment: its owner, an owner of its team, or an administrator may. */
    @PUT
    @Path("{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExperimentDetails share(@PathParam("id") long id, Sharing sharing) {
        if (sharing == null) {
            throw new InvalidQueryException(List.of(new FieldError("body", "send {visibility, team}")));
        }
        experiments.share(caller.get(), id, sharing.visibility(), sharing.team()).orElseThrow(() -> notFound(id));
        return get(id);
    }

    /** The verdict of every claim of the experiment's benchmark on this experiment's runs alone. */
    @GET
    @Path("{id}/claims")
    public List<ClaimResult> claims(@PathParam("id") long id) {
        return claims.onExperiment(caller.get(), id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("{id}/comments")
    public List<CommentView> comments(@PathParam("id") long id) {
        return comments.comments(caller.get(), id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, NewComment comment) {
        if (comment == null) {
            throw new InvalidQueryException(List.of(new FieldError("body", "send {body, runId}")));
        }
        CommentView added = comments.add(caller.get(), id, comment.runId(), comment.body())
                .orElseThrow(() -> notFound(id));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /**
     * Every run's files in one zip, streamed: experiment.json, per run run.json, summary.json and metrics.csv
     * (every point), manifest.json and SHA256SUMS.
     */
    @GET
    @Path("{id}/archive")
    @Produces(ArchiveResponse.ZIP)
    public Response archive(@PathParam("id") long id) {
        return ArchiveResponse.of(archives.experiment(caller.get(), id).orElseThrow(() -> notFound(id)));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("experiment " + id + " not found");
    }
}
