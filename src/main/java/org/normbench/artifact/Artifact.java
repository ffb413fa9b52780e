package org.normbench.artifact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/** A file a run produced, recorded with its size and SHA-256 checksum. */
@Entity
public class Artifact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id")
    public long runId;

    public String name;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Artifact> ofRun(long runId) {
        return list("runId = ?1 order by name", runId);
    }
}
