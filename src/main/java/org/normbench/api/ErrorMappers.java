package org.normbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.LoginThrottledException;
import org.normbench.account.NotSignedInException;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.pruning.PruningRefusedException;

/** Maps domain failures to JSON error bodies (no stack traces or internals leave the server). */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidExperiment(InvalidExperimentException e) {
        return json(Response.Status.BAD_REQUEST, new ErrorBody(400, "invalid experiment", e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidQueryException e) {
        return json(Response.Status.BAD_REQUEST, new ErrorBody(400, "invalid request", e.errors()));
    }

    @ServerExceptionMapper
    public Response notSignedIn(NotSignedInException e) {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"normbench\"")
                .entity(new ErrorBody(401, e.getMessage(), List.of())).build();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e) {
        return json(Response.Status.FORBIDDEN, new ErrorBody(403, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response pruningRefused(PruningRefusedException e) {
        return json(Response.Status.CONFLICT, new ErrorBody(409, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response throttled(LoginThrottledException e) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .entity(new ErrorBody(429, e.getMessage(), List.of())).build();
    }

    /** Unreadable JSON, or a value of the wrong type: name the field where Jackson knows it. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String problem = e instanceof JsonMappingException ? "has the wrong type or format" : "is not valid JSON";
        return json(Response.Status.BAD_REQUEST, new ErrorBody(400, "unreadable request body",
                List.of(new FieldError(field.isEmpty() ? "body" : field, (field.isEmpty() ? "the body " : "")
                        + problem))));
    }

    /** Wins over Quarkus's own mapper for this type, so every 400 has the same body shape. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /** Other request errors (e.g. the JSON reader's): the same body shape, the cause named where known. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        int status = e.getResponse().getStatus();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, status == 404 ? e.getMessage()
                        : Response.Status.fromStatusCode(status).getReasonPhrase(), List.of())).build();
    }

    /** Anything unexpected, errors included: logged with an id, answered without internals. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "request failed (error id %s)", id);
        return json(Response.Status.INTERNAL_SERVER_ERROR, new ErrorBody(500,
                "internal error; the server log has the details under error id " + id, List.of()));
    }

    /** The JSON path of the failing value, as {@code grid.width[0]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static Response json(Response.Status status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
