package org.normbench.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;

/** The benchmarks known to this installation: built-ins are stored on first start, each version once. */
@ApplicationScoped
public class BenchmarkCatalogue {

    private static final Logger LOG = Logger.getLogger(BenchmarkCatalogue.class);

    private final ObjectMapper mapper;

    public BenchmarkCatalogue(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    void seed(@Observes StartupEvent event, Roles roles) {
        if (!roles.portal()) {
            return;
        }
        for (BenchmarkDefinition definition : BuiltInBenchmarks.all()) {
            if (Benchmark.byKeyAndVersion(definition.key(), definition.version()).isEmpty()) {
                Benchmark benchmark = new Benchmark();
                benchmark.key = definition.key();
                benchmark.version = definition.version();
                benchmark.title = definition.title();
                benchmark.definitionJson = write(definition);
                benchmark.createdAt = Instant.now();
                benchmark.persist();
                LOG.infof("stored benchmark %s v%d", definition.key(), definition.version());
            }
        }
    }

    /** The newest version of every benchmark, ordered by key. */
    private List<Benchmark> latestVersions() {
        return Benchmark.list("from Benchmark b1 where b1.version ="
                + " (select max(b2.version) from Benchmark b2 where b2.key = b1.key) order by b1.key");
    }

    /** The definition of the newest version of every benchmark, ordered by key. */
    public List<BenchmarkDefinition> latestDefinitions() {
        return latestVersions().stream().map(this::definition).toList();
    }

    /** The definition of one stored version of a benchmark. */
    @Transactional
    public Optional<BenchmarkDefinition> definition(String key, int version) {
        return Benchmark.byKeyAndVersion(key, version).map(this::definition);
    }

    public Optional<Benchmark> latest(String key) {
        return Benchmark.latest(key);
    }

    public BenchmarkDefinition definition(Benchmark benchmark) {
        try {
            return mapper.readValue(benchmark.definitionJson, BenchmarkDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition of benchmark " + benchmark.key + " is unreadable", e);
        }
    }

    private String write(BenchmarkDefinition definition) {
        try {
            return mapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
