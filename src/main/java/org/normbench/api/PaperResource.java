package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.normbench.benchmark.BuiltInPapers;
import org.normbench.benchmark.Paper;

/** The papers NormBench reproduces, each with its benchmarks (whose claims are under /api/benchmarks). */
@Path("/api/papers")
@Produces(MediaType.APPLICATION_JSON)
public class PaperResource {

    @GET
    public List<Paper> list() {
        return BuiltInPapers.all();
    }

    @GET
    @Path("{key}")
    public Paper get(@PathParam("key") String key) {
        return BuiltInPapers.find(key).orElseThrow(() -> new NotFoundException("paper '" + key + "' not found"));
    }
}
