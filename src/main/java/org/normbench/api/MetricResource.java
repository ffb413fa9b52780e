package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.normbench.metric.MetricCatalogue;
import org.normbench.metric.MetricDefinition;

@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    /** Every metric a run can report: unit, better direction, meaning, source (families by name pattern). */
    @GET
    public List<MetricDefinition> list() {
        return MetricCatalogue.all();
    }
}
