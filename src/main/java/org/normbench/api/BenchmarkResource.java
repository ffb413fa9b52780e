package org.normbench.api;

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
import java.util.Arrays;
import java.util.List;
import org.normbench.api.ExperimentResource.Created;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInPapers;
import org.normbench.benchmark.BuiltInPresets;
import org.normbench.benchmark.Paper;
import org.normbench.benchmark.Preset;
import org.normbench.claim.BuiltInClaims;
import org.normbench.claim.Claim;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.ClaimService;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.Visibility;

@Path("/api/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    /** A benchmark with its paper, presets and claims. */
    public record BenchmarkDetails(BenchmarkDefinition definition, String paper, List<Preset> presets,
            List<Claim> claims) {
    }

    private final BenchmarkCatalogue catalogue;
    private final ClaimService claims;
    private final ExperimentService experiments;
    private final ExperimentQueries queries;
    private final RequestCaller caller;

    public BenchmarkResource(BenchmarkCatalogue catalogue, ClaimService claims, ExperimentService experiments,
            ExperimentQueries queries, RequestCaller caller) {
        this.catalogue = catalogue;
        this.claims = claims;
        this.experiments = experiments;
        this.queries = queries;
        this.caller = caller;
    }

    /** The newest version of every benchmark, with its schemes and grid parameters. */
    @GET
    public List<BenchmarkDefinition> list() {
        return catalogue.latestDefinitions();
    }

    /** The newest version of a benchmark, its paper, its presets and the claims checked on its runs. */
    @GET
    @Path("{key}")
    public BenchmarkDetails get(@PathParam("key") String key) {
        BenchmarkDefinition definition = catalogue.latest(key).map(catalogue::definition)
                .orElseThrow(() -> notFound(key));
        return new BenchmarkDetails(definition, BuiltInPapers.ofBenchmark(key).map(Paper::key).orElse(null),
                BuiltInPresets.of(key), BuiltInClaims.of(key));
    }

    /** The verdict of every claim on the public runs of the benchmark's newest version, with the evidence. */
    @GET
    @Path("{key}/claims")
    public List<ClaimResult> claims(@PathParam("key") String key) {
        return claims.onPublicRuns(key).orElseThrow(() -> notFound(key));
    }

    /**
     * Submits one of the benchmark's presets as an experiment owned by the caller; {@code visibility} as for
     * {@code POST /api/experiments} (PRIVATE by default; PUBLIC runs count towards the paper's verdicts).
     */
    @POST
    @Path("{key}/presets/{preset}/experiments")
    public Response reproduce(@PathParam("key") String key, @PathParam("preset") String presetName,
            @QueryParam("visibility") @DefaultValue("PRIVATE") String visibilityName) {
        catalogue.latest(key).orElseThrow(() -> notFound(key));
        Visibility visibility;
        try {
            visibility = Visibility.valueOf(visibilityName);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(List.of(new FieldError("visibility", "must be one of "
                    + Arrays.toString(Visibility.values()) + ", got '" + visibilityName + "'")));
        }
        Preset preset = BuiltInPresets.find(key, presetName).orElseThrow(() -> new NotFoundException(
                "benchmark " + key + " has no preset '" + presetName + "'"));
        Experiment experiment = experiments.submit(caller.get(), ExperimentSpec.of(key, preset, visibility));
        List<Long> runIds = queries.experiment(caller.get(), experiment.id).orElseThrow().runs().stream()
                .map(RunDetails::id).toList();
        return Response.created(URI.create("/api/experiments/" + experiment.id))
                .entity(new Created(experiment.id, runIds)).build();
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("benchmark '" + key + "' not found");
    }
}
