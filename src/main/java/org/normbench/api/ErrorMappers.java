package org.normbench.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.normbench.experiment.InvalidExperimentException;

/** Maps domain failures to JSON error bodies (no stack traces or internals leave the server). */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalidExperiment(InvalidExperimentException e) {
        return json(Response.Status.BAD_REQUEST, new ErrorBody(400, "invalid experiment", e.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(Response.Status.NOT_FOUND, new ErrorBody(404, e.getMessage(), List.of()));
    }

    static Response json(Response.Status status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
