package org.normbench.artifact;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.normbench.account.Caller;
import org.normbench.experiment.ExperimentDeleted;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunDetails.ArtifactDto;

/**
 * The files workers upload for their runs (parameter snapshots, logs): accepted only with the run's token, kept in
 * the {@link ArtifactStore} with their size and SHA-256 recorded, served to whoever may read the run with the
 * checksum verified on the way out, and deleted with their experiment.
 */
@ApplicationScoped
public class ArtifactService {

    /** A stored file: its record and where its bytes are. */
    public record StoredArtifact(String name, long sizeBytes, String sha256, String key) {
    }

    private static final Logger LOG = Logger.getLogger(ArtifactService.class);
    /** Names are plain file names: no paths, nothing hidden, nothing a shell or a zip tool would trip on. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ArtifactStore store;
    private final ArtifactConfig config;
    private final ExperimentQueries queries;

    public ArtifactService(ArtifactStore store, ArtifactConfig config, ExperimentQueries queries) {
        this.store = store;
        this.config = config;
        this.queries = queries;
    }

    /**
     * Checks an upload before any byte is read: the name, size and checksum declared, and the run's token.
     *
     * @return the store key the file goes to
     * @throws ArtifactRejectedException saying what is wrong
     */
    public String accept(long runId, String runToken, String name, long sizeBytes, String sha256) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ArtifactRejectedException(400, "artifact name '" + name + "' is not a plain file name (letters,"
                    + " digits, '.', '_', '-'; at most 128 characters; not starting with '.')");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new ArtifactRejectedException(400, "declare the file's SHA-256 as 64 lower-case hex digits");
        }
        if (sizeBytes < 0) {
            throw new ArtifactRejectedException(411, "declare the file's size in Content-Length");
        }
        if (sizeBytes > config.maxFileBytes()) {
            throw new ArtifactRejectedException(413, name + " has " + sizeBytes + " bytes; the largest artifact this"
                    + " portal accepts has " + config.maxFileBytes() + " (normbench.artifacts.max-file-bytes)");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Run run = Run.findById(runId);
            if (run == null) {
                throw new ArtifactRejectedException(404, "run " + runId + " not found");
            }
            if (run.runToken == null || runToken == null || !MessageDigest.isEqual(
                    run.runToken.getBytes(StandardCharsets.US_ASCII), runToken.getBytes(StandardCharsets.US_ASCII))) {
                throw new ArtifactRejectedException(403, "uploads to run " + runId + " need the run token its"
                        + " worker was given");
            }
            return key(run.experiment.id, runId, name);
        });
    }

    /**
     * Stores an accepted upload and records it, replacing an earlier file of the same name (a run trained again).
     *
     * @throws ArtifactRejectedException when the bytes do not match the declared size or checksum; nothing is kept
     */
    public ArtifactDto store(long runId, String key, String name, long sizeBytes, String sha256, InputStream body)
            throws IOException {
        store.put(key, body, sizeBytes, sha256);
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            if (Run.findById(runId) == null) {
                return false;
            }
            Artifact artifact = Artifact.<Artifact>find("runId = ?1 and name = ?2", runId, name).firstResultOptional()
                    .orElseGet(Artifact::new);
            artifact.runId = runId;
            artifact.name = name;
            artifact.sizeBytes = sizeBytes;
            artifact.sha256 = sha256;
            artifact.createdAt = Instant.now();
            artifact.persist();
            return true;
        });
        if (!recorded) { // the experiment was deleted while the file arrived
            store.deleteAll(key.substring(0, key.lastIndexOf('/')));
            throw new ArtifactRejectedException(404, "run " + runId + " was deleted during the upload");
        }
        return new ArtifactDto(name, sizeBytes, sha256);
    }

    /** The run's artifact of that name; empty when there is none or the caller may not read the run. */
    @Transactional
    public Optional<StoredArtifact> find(Caller caller, long runId, String name) {
        return queries.readableRun(caller, runId).flatMap(run -> Artifact.<Artifact>find("runId = ?1 and name = ?2",
                runId, name).firstResultOptional().map(a -> stored(run.experiment.id, a)));
    }

    /**
     * The run's artifact of that name, for a worker holding the run's token (one pruning the run again); empty when
     * there is none or the token is not the run's.
     */
    @Transactional
    public Optional<StoredArtifact> findWithToken(long runId, String runToken, String name) {
        return Run.<Run>findByIdOptional(runId).filter(run -> run.runToken != null && MessageDigest.isEqual(
                run.runToken.getBytes(StandardCharsets.US_ASCII), runToken.getBytes(StandardCharsets.US_ASCII)))
                .flatMap(run -> Artifact.<Artifact>find("runId = ?1 and name = ?2", runId, name)
                        .firstResultOptional().map(a -> stored(run.experiment.id, a)));
    }

    /** The run's artifacts by name; empty when there are none or the caller may not read the run. */
    @Transactional
    public List<StoredArtifact> ofRun(Caller caller, long runId) {
        return queries.readableRun(caller, runId).map(run -> ofRun(run.experiment.id, runId)).orElse(List.of());
    }

    /** The run's artifacts by name (the caller must have been allowed to read the run). */
    List<StoredArtifact> ofRun(long experimentId, long runId) {
        return Artifact.ofRun(runId).stream().map(a -> stored(experimentId, a)).toList();
    }

    /** The stored bytes; reading past the end throws when they no longer match the checksum recorded at upload. */
    public InputStream open(StoredArtifact artifact) throws IOException {
        return new VerifyingInputStream(store.open(artifact.key()), artifact.sizeBytes(), artifact.sha256(),
                artifact.name());
    }

    /** Files go after the deletion committed: a rolled-back deletion keeps them. */
    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExperimentDeleted event) {
        try {
            store.deleteAll(experimentKey(event.experimentId()));
        } catch (IOException e) {
            LOG.errorf(e, "experiment %d was deleted but some of its artifact files were not", event.experimentId());
        }
    }

    private static StoredArtifact stored(long experimentId, Artifact artifact) {
        return new StoredArtifact(artifact.name, artifact.sizeBytes, artifact.sha256,
                key(experimentId, artifact.runId, artifact.name));
    }

    private static String experimentKey(long experimentId) {
        return "experiments/" + experimentId;
    }

    private static String key(long experimentId, long runId, String name) {
        return experimentKey(experimentId) + "/runs/" + runId + "/" + name;
    }
}
