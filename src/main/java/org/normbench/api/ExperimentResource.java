package org.normbench.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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

@Path("/api/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    /** What a successful submission returns. */
    public record Created(long id, List<Long> runIds) {
    }

    private final ExperimentService experiments;
    private final ExperimentQueries queries;
    private final int maxPageSize;

    public ExperimentResource(ExperimentService experiments, ExperimentQueries queries,
            @ConfigProperty(name = "normbench.api.max-page-size") int maxPageSize) {
        this.experiments = experiments;
        this.queries = queries;
        this.maxPageSize = maxPageSize;
    }

    /** Expands the grid into runs and queues them; 400 names every bad field and stores nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ExperimentSpec spec) {
        if (spec == null) {
            throw new InvalidExperimentException(List.of(new FieldError("body", "an experiment is required")));
        }
        Experiment experiment = experiments.submit(spec);
        List<Long> runIds = get(experiment.id).runs().stream().map(RunDetails::id).toList();
        return Response.created(URI.create("/api/experiments/" + experiment.id))
                .entity(new Created(experiment.id, runIds)).build();
    }

    /** Experiments, newest first; {@code offset} and {@code limit} page through them. */
    @GET
    public Page<ExperimentSummary> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(offset, limit, maxPageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return queries.experiments(offset, limit);
    }

    @GET
    @Path("{id}")
    public ExperimentDetails get(@PathParam("id") long id) {
        return queries.experiment(id).orElseThrow(() -> new NotFoundException("experiment " + id + " not found"));
    }
}
