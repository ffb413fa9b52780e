package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;

@Path("/api/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    private final BenchmarkCatalogue catalogue;

    public BenchmarkResource(BenchmarkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The newest version of every benchmark, with its schemes and grid parameters. */
    @GET
    public List<BenchmarkDefinition> list() {
        return catalogue.latestDefinitions();
    }
}
