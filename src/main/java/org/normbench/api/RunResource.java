package org.normbench.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normbench.experiment.Run;
import org.normbench.metric.MetricPoint;

@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    /** One metric series: parallel arrays of steps and values, ordered by step. */
    public record Series(List<Long> steps, List<Double> values) {
    }

    /** A run's metric series by name. */
    public record Metrics(long runId, Map<String, Series> series) {
    }

    @GET
    @Path("{id}")
    @Transactional
    public RunDto get(@PathParam("id") long id) {
        return RunDto.full(find(id));
    }

    @GET
    @Path("{id}/metrics")
    @Transactional
    public Metrics metrics(@PathParam("id") long id) {
        Run run = find(id);
        Map<String, Series> series = new LinkedHashMap<>();
        for (MetricPoint point : MetricPoint.ofRun(run.id)) {
            Series s = series.computeIfAbsent(point.series, k -> new Series(new ArrayList<>(), new ArrayList<>()));
            s.steps().add(point.step);
            s.values().add(point.value);
        }
        return new Metrics(run.id, series);
    }

    private static Run find(long id) {
        Run run = Run.findById(id);
        if (run == null) {
            throw new NotFoundException("run " + id + " not found");
        }
        return run;
    }
}
