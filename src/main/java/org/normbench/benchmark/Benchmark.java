package org.normbench.benchmark;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A stored benchmark version; its definition (schemes, parameters) is kept as JSON. */
@Entity
public class Benchmark extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "benchmark_key")
    public String key;

    public int version;

    public String title;

    @Column(name = "definition_json")
    public String definitionJson;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The newest version of the benchmark with this key. */
    public static Optional<Benchmark> latest(String key) {
        return find("key = ?1 order by version desc", key).firstResultOptional();
    }

    public static Optional<Benchmark> byKeyAndVersion(String key, int version) {
        return find("key = ?1 and version = ?2", key, version).firstResultOptional();
    }
}
