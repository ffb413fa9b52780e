package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.normbench.artifact.ArchiveService;
import org.normbench.artifact.ArtifactService;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.MetricSeries;
import org.normbench.experiment.RunDetails;
import org.normbench.pruning.PruningJobService;
import org.normbench.pruning.PruningJobView;

@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    /** A run's metric series by name. */
    public record Metrics(long runId, Map<String, MetricSeries> series) {
    }

    private final ExperimentQueries queries;
    private final ArchiveService archives;
    private final ArtifactService artifacts;
    private final PruningJobService pruning;
    private final RequestCaller caller;

    public RunResource(ExperimentQueries queries, ArchiveService archives, ArtifactService artifacts,
            PruningJobService pruning, RequestCaller caller) {
        this.queries = queries;
        this.archives = archives;
        this.artifacts = artifacts;
        this.pruning = pruning;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public RunDetails get(@PathParam("id") long id) {
        return queries.run(caller.get(), id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("{id}/metrics")
    public Metrics metrics(@PathParam("id") long id) {
        return new Metrics(id, queries.metrics(caller.get(), id).orElseThrow(() -> notFound(id)));
    }

    /** The run's files in one zip: run.json, summary.json, metrics.csv (every point), artifacts/ and SHA256SUMS. */
    @GET
    @Path("{id}/archive")
    @Produces(ArchiveResponse.ZIP)
    public Response archive(@PathParam("id") long id) {
        return ArchiveResponse.of(archives.run(caller.get(), id).orElseThrow(() -> notFound(id)));
    }

    /**
     * One file the run's worker uploaded, streamed; the read breaks off if it no longer matches its checksum. A worker
     * pruning the run again reads it with the run's token ({@value ArtifactUploadRoute#RUN_TOKEN_HEADER}) instead of
     * a user's sign-in.
     */
    @GET
    @Path("{id}/artifacts/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response artifact(@PathParam("id") long id, @PathParam("name") String name,
            @HeaderParam(ArtifactUploadRoute.RUN_TOKEN_HEADER) String runToken) {
        ArtifactService.StoredArtifact artifact = (runToken == null ? artifacts.find(caller.get(), id, name)
                : artifacts.findWithToken(id, runToken, name))
                .orElseThrow(() -> new NotFoundException("run " + id + " has no artifact '" + name + "'"));
        StreamingOutput body = out -> {
            try (InputStream in = artifacts.open(artifact)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Length", artifact.sizeBytes())
                .header(ArtifactUploadRoute.CHECKSUM_HEADER, artifact.sha256())
                .header("Content-Disposition", "attachment; filename=\"" + artifact.name() + "\"").build();
    }

    /**
     * Queues a pruning job: a worker prunes the succeeded run again from its stored snapshots, without training, and
     * its curves and summaries replace the run's (the replaced values stay in the job). 202 with the job; 409 when
     * the run cannot be pruned now (not succeeded, a job already queued, a benchmark that prunes nothing).
     */
    @POST
    @Path("{id}/pruning-jobs")
    public Response prune(@PathParam("id") long id) {
        return Response.accepted(pruning.request(caller.get(), id).orElseThrow(() -> notFound(id))).build();
    }

    /** The run's pruning jobs, oldest first, each with what it replaced. */
    @GET
    @Path("{id}/pruning-jobs")
    public List<PruningJobView> pruningJobs(@PathParam("id") long id) {
        return pruning.ofRun(caller.get(), id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("run " + id + " not found");
    }
}
