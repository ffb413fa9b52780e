package org.normbench.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.leaderboard.Leaderboard;
import org.normbench.leaderboard.LeaderboardCsv;
import org.normbench.leaderboard.LeaderboardIndex;
import org.normbench.leaderboard.LeaderboardQuery;
import org.normbench.leaderboard.LeaderboardService;

@Path("/api/leaderboards")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {

    private static final String CSV = "text/csv";

    private final LeaderboardService leaderboards;
    private final int maxPageSize;
    private final RequestCaller caller;

    public LeaderboardResource(LeaderboardService leaderboards,
            @ConfigProperty(name = "normbench.api.max-page-size") int maxPageSize, RequestCaller caller) {
        this.leaderboards = leaderboards;
        this.caller = caller;
        this.maxPageSize = maxPageSize;
    }

    /** The benchmark's leaderboards by family (convergence rate, sparsity, pruning accuracy, ...). */
    @GET
    @Path("{benchmark}")
    public LeaderboardIndex index(@PathParam("benchmark") String benchmark, @QueryParam("version") Integer version) {
        return leaderboards.index(benchmark, version).orElseThrow(() -> notFound(benchmark, version));
    }

    /**
     * One page of a metric's leaderboard: settings ranked over their seeds. Filters: {@code experiment} (else every
     * public experiment of the benchmark), {@code scheme} and {@code param=name:value} (repeatable), {@code preset} (the settings a preset runs), {@code from} and
     * {@code to} (experiment creation dates, UTC, inclusive), {@code owner} (account name) and {@code team} (team
     * name), which widen the board from public experiments to every experiment the caller may read,
     * {@code converged=true}; {@code format=csv} gives
     * every row as CSV (offset and limit apply to JSON only).
     */
    @GET
    @Path("{benchmark}/{metric}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response leaderboard(@PathParam("benchmark") String benchmark, @PathParam("metric") String metric,
            @QueryParam("version") Integer version, @QueryParam("experiment") Long experiment,
            @QueryParam("scheme") List<String> schemes, @QueryParam("param") List<String> params,
            @QueryParam("preset") String preset, @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("owner") String owner,
            @QueryParam("team") String team, @QueryParam("converged") @DefaultValue("false") boolean converged,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("format") @DefaultValue("json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(offset, limit, maxPageSize, errors);
        Map<String, Double> parameters = parameters(params, errors);
        Instant fromTime = day(from, "from", 0, errors);
        Instant toTime = day(to, "to", 1, errors);
        if (!format.equals("json") && !format.equals("csv")) {
            errors.add(new FieldError("format", "must be json or csv"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        boolean csv = format.equals("csv");
        LeaderboardQuery query = new LeaderboardQuery(benchmark, version, metric, experiment, Set.copyOf(schemes),
                parameters, preset, fromTime, toTime, owner, team, converged, csv ? 0 : offset, csv ? Integer.MAX_VALUE : limit);
        Leaderboard board = leaderboards.leaderboard(caller.get(), query).orElseThrow(() -> notFound(benchmark, version));
        return csv
                ? Response.ok(LeaderboardCsv.of(board), CSV).header("Content-Disposition",
                        "attachment; filename=\"" + benchmark + "-" + metric + ".csv\"").build()
                : Response.ok(board, MediaType.APPLICATION_JSON).build();
    }

    private static Map<String, Double> parameters(List<String> params, List<FieldError> errors) {
        Map<String, Double> parameters = new HashMap<>();
        for (String param : params) {
            int colon = param.indexOf(':');
            try {
                if (colon < 1) {
                    throw new NumberFormatException();
                }
                parameters.put(param.substring(0, colon), Double.parseDouble(param.substring(colon + 1)));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("param", "'" + param + "' is not name:number"));
            }
        }
        return parameters;
    }

    /** The start of a UTC day given as yyyy-mm-dd, {@code plusDays} later; null when absent. */
    private static Instant day(String text, String field, int plusDays, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static NotFoundException notFound(String benchmark, Integer version) {
        return new NotFoundException("benchmark " + benchmark + (version == null ? "" : " v" + version)
                + " not found");
    }
}
