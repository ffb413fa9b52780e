package org.normbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxInputStream;
import io.vertx.core.AsyncResult;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;
import org.normbench.artifact.ArtifactConfig;
import org.normbench.artifact.ArtifactRejectedException;
import org.normbench.artifact.ArtifactService;
import org.normbench.experiment.RunDetails.ArtifactDto;

/**
 * {@code PUT /api/runs/{id}/artifacts/{name}}: a worker uploads one file of its run, authorized by the run's token
 * ({@value #RUN_TOKEN_HEADER}), with its size (Content-Length) and SHA-256 ({@value #CHECKSUM_HEADER}) declared.
 * A Vert.x route rather than a REST method, ordered before Quarkus's request-size limit: artifacts may be many GB and
 * stream straight to the store, while every other endpoint keeps the small default limit.
 */
@ApplicationScoped
public class ArtifactUploadRoute {

    public static final String RUN_TOKEN_HEADER = "X-NormBench-Run-Token";
    public static final String CHECKSUM_HEADER = "X-Checksum-SHA256";
    static final String PATH = "/api/runs/:run/artifacts/:name";

    private static final Logger LOG = Logger.getLogger(ArtifactUploadRoute.class);

    private final ArtifactService artifacts;
    private final ArtifactConfig config;
    private final ObjectMapper json;

    public ArtifactUploadRoute(ArtifactService artifacts, ArtifactConfig config, ObjectMapper json) {
        this.artifacts = artifacts;
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router, Roles roles) {
        if (roles.portal()) {
            router.put(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        context.request().pause(); // no byte may arrive before the blocking reader below takes the stream
        context.vertx().executeBlocking(() -> upload(context), false)
                .onComplete(result -> respond(context, result));
    }

    private ArtifactDto upload(RoutingContext context) throws IOException {
        long runId;
        try {
            runId = Long.parseLong(context.pathParam("run"));
        } catch (NumberFormatException e) {
            throw new ArtifactRejectedException(404, "run '" + context.pathParam("run") + "' not found");
        }
        String name = context.pathParam("name");
        String sha256 = context.request().getHeader(CHECKSUM_HEADER);
        long size = contentLength(context.request().getHeader("Content-Length"));
        String key = artifacts.accept(runId, context.request().getHeader(RUN_TOKEN_HEADER), name, size, sha256);
        try (InputStream body = new VertxInputStream(context, config.readTimeout().toMillis())) {
            return artifacts.store(runId, key, name, size, sha256, body);
        }
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void respond(RoutingContext context, AsyncResult<ArtifactDto> result) {
        if (context.response().closed()) {
            return; // the uploader went away; the store kept nothing
        }
        int status;
        Object body;
        if (result.succeeded()) {
            status = 201;
            body = result.result();
        } else if (result.cause() instanceof ArtifactRejectedException rejected) {
            status = rejected.status();
            body = new ErrorBody(status, rejected.getMessage(), List.of());
        } else {
            LOG.warnf(result.cause(), "upload to %s failed", context.request().path());
            status = 500;
            body = new ErrorBody(status, "the upload failed: " + result.cause().getMessage(), List.of());
        }
        if (!context.request().isEnded()) { // refused before its body was read: do not reuse the connection
            context.response().putHeader("Connection", "close");
            context.request().resume();
        }
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
