package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.normbench.artifact.ArchiveService;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.MetricSeries;
import org.normbench.experiment.RunDetails;

@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    /** A run's metric series by name. */
    public record Metrics(long runId, Map<String, MetricSeries> series) {
    }

    private final ExperimentQueries queries;
    private final ArchiveService archives;
    private final RequestCaller caller;

    public RunResource(ExperimentQueries queries, ArchiveService archives, RequestCaller caller) {
        this.queries = queries;
        this.archives = archives;
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

    /** The run's files in one zip: run.json, summary.json, metrics.csv (every point) and SHA256SUMS. */
    @GET
    @Path("{id}/archive")
    @Produces(ArchiveResponse.ZIP)
    public Response archive(@PathParam("id") long id) {
        return ArchiveResponse.of(archives.run(caller.get(), id).orElseThrow(() -> notFound(id)));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("run " + id + " not found");
    }
}
