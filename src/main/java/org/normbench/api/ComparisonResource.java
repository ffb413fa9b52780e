package org.normbench.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.normbench.comparison.Comparison;
import org.normbench.comparison.ComparisonCsv;
import org.normbench.comparison.ComparisonService;
import org.normbench.comparison.ComparisonService.Window;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;

/**
 * Curves side by side, downsampled on the server: chosen runs ({@code id}), or leaderboard rows ({@code setting},
 * their hash) as mean and band over their runs. {@code from}/{@code to} zoom into a step range, {@code buckets}
 * sets the detail, {@code format=csv} gives the plotted numbers.
 */
@Path("/api/comparisons")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ComparisonResource {

    private final ComparisonService comparisons;
    private final RequestCaller caller;

    public ComparisonResource(ComparisonService comparisons, RequestCaller caller) {
        this.comparisons = comparisons;
        this.caller = caller;
    }

    /** The series the given runs (or settings' runs, in {@code experiment} or else public ones) logged. */
    @GET
    @Path("series")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> series(@QueryParam("id") List<Long> ids, @QueryParam("experiment") Long experiment,
            @QueryParam("setting") List<String> settings) {
        return comparisons.series(caller.get(), ids, experiment, settings);
    }

    @GET
    @Path("runs")
    public Response runs(@QueryParam("id") List<Long> ids, @QueryParam("series") String series,
            @QueryParam("from") Long from, @QueryParam("to") Long to, @QueryParam("buckets") Integer buckets,
            @QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        return respond(comparisons.runs(caller.get(), ids, series, new Window(from, to, buckets)), format);
    }

    @GET
    @Path("groups")
    public Response groups(@QueryParam("benchmark") String benchmark, @QueryParam("version") Integer version,
            @QueryParam("experiment") Long experiment, @QueryParam("setting") List<String> settings,
            @QueryParam("series") String series, @QueryParam("from") Long from, @QueryParam("to") Long to,
            @QueryParam("buckets") Integer buckets, @QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        if (benchmark == null) {
            throw new InvalidQueryException(List.of(new FieldError("benchmark", "name a benchmark")));
        }
        Comparison comparison = comparisons.groups(caller.get(), benchmark, version, experiment, settings, series,
                new Window(from, to, buckets)).orElseThrow(() -> new NotFoundException("benchmark " + benchmark
                        + " not found"));
        return respond(comparison, format);
    }

    private static void checkFormat(String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidQueryException(List.of(new FieldError("format", "must be json or csv")));
        }
    }

    private static Response respond(Comparison comparison, String format) {
        return format.equals("csv")
                ? Response.ok(ComparisonCsv.of(comparison), "text/csv").header("Content-Disposition",
                        "attachment; filename=\"comparison-" + comparison.series() + ".csv\"").build()
                : Response.ok(comparison, MediaType.APPLICATION_JSON).build();
    }
}
