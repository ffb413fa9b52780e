package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Map;
import org.normbench.artifact.ArchiveService;
import org.normbench.artifact.ArtifactService;
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
    private final ArtifactService artifacts;
    private final RequestCaller caller;

    public RunResource(ExperimentQueries queries, ArchiveService archives, ArtifactService artifacts,
            RequestCaller caller) {
        this.queries = queries;
        this.archives = archives;
        this.artifacts = artifacts;
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

    /** One file the run's worker uploaded, streamed; the read breaks off if it no longer matches its checksum. */
    @GET
    @Path("{id}/artifacts/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response artifact(@PathParam("id") long id, @PathParam("name") String name) {
        ArtifactService.StoredArtifact artifact = artifacts.find(caller.get(), id, name)
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

    private static NotFoundException notFound(long id) {
        return new NotFoundException("run " + id + " not found");
    }
}
