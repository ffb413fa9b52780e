package org.normbench.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.Run;

@Path("/api/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    /** What a successful submission returns. */
    public record Created(long id, List<Long> runIds) {
    }

    private final ExperimentService experiments;

    public ExperimentResource(ExperimentService experiments) {
        this.experiments = experiments;
    }

    /** Expands the grid into runs and queues them; 400 names every bad field and stores nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ExperimentSpec spec) {
        if (spec == null) {
            throw new InvalidExperimentException(List.of(new FieldError("body", "an experiment is required")));
        }
        Experiment experiment = experiments.submit(spec);
        List<Long> runIds = Run.ofExperiment(experiment.id).stream().map(r -> r.id).toList();
        return Response.created(URI.create("/api/experiments/" + experiment.id))
                .entity(new Created(experiment.id, runIds)).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    public ExperimentDto get(@PathParam("id") long id) {
        Experiment experiment = Experiment.findById(id);
        if (experiment == null) {
            throw new NotFoundException("experiment " + id + " not found");
        }
        return ExperimentDto.of(experiment);
    }
}
