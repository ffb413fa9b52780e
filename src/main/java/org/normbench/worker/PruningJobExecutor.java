package org.normbench.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.normbench.api.ArtifactUploadRoute;
import org.normbench.artifact.Checksums;
import org.normbench.queue.RunEvent;
import org.normbench.queue.RunRequest;

/**
 * Carries out a pruning job: fetches the finished run's parameter snapshots from the portal with the run's token,
 * checks each against the size and SHA-256 of the order, prunes the run again without training
 * ({@link SnapshotPruning#prune}), and reports every curve point and summary in one PRUNED event — or PRUNING_FAILED
 * with the reason, so the job never stays queued.
 */
final class PruningJobExecutor {

    private static final Logger LOG = Logger.getLogger(PruningJobExecutor.class);

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final String workerId;
    private final RunEventPublisher publisher;
    private final Supplier<URI> portal;
    private final Duration timeout;

    /** @param timeout the longest wait for the portal's answer to one download */
    PruningJobExecutor(String workerId, RunEventPublisher publisher, Supplier<URI> portal, Duration timeout) {
        this.workerId = workerId;
        this.publisher = publisher;
        this.portal = portal;
        this.timeout = timeout;
    }

    RunExecutor.Outcome execute(RunRequest request) {
        long job = request.pruning().jobId();
        long started = System.nanoTime();
        try {
            Map<String, byte[]> snapshots = new LinkedHashMap<>();
            for (RunRequest.RunFile file : request.pruning().files()) {
                if (RunFolder.checkpointOf(file.name()).isPresent()) {
                    snapshots.put(file.name(), fetch(request, file));
                }
            }
            List<RunEvent.Point> points = new ArrayList<>();
            Map<String, Double> summary = SnapshotPruning.prune(request, snapshots,
                    (series, step, value) -> points.add(new RunEvent.Point(series, step, value)));
            publisher.sendAndWait(RunEvent.pruned(request.runId(), request.runToken(), workerId, job, points,
                    summary));
            LOG.infof("pruning job %d: run %d pruned again from %d snapshots in %.1f s", job, request.runId(),
                    snapshots.size(), (System.nanoTime() - started) / 1e9);
        } catch (IllegalArgumentException | IOException e) {
            LOG.warnf("pruning job %d for run %d failed: %s", job, request.runId(), e.getMessage());
            publisher.sendAndWait(RunEvent.pruningFailed(request.runId(), request.runToken(), workerId, job,
                    e.getMessage()));
        }
        return RunExecutor.Outcome.REPORTED;
    }

    /** One stored file of the run, as the order describes it (size and SHA-256), or an IOException saying why not. */
    private byte[] fetch(RunRequest request, RunRequest.RunFile file) throws IOException {
        String what = file.name() + " of run " + request.runId();
        URI uri = portal.get().resolve("/api/runs/" + request.runId() + "/artifacts/"
                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8));
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        byte[] bytes;
        try {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            connection.setRequestProperty(ArtifactUploadRoute.RUN_TOKEN_HEADER, request.runToken());
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IOException("the portal at " + uri + " answered HTTP " + status + " for " + what);
            }
            try (InputStream in = connection.getInputStream()) {
                bytes = in.readAllBytes();
            }
        } catch (SocketException | SocketTimeoutException e) {
            throw new IOException("could not fetch " + what + " from the portal at " + uri + ": " + e.getMessage(), e);
        } finally {
            connection.disconnect();
        }
        String sha256 = Checksums.sha256Hex(new ByteArrayInputStream(bytes));
        if (bytes.length != file.sizeBytes() || !sha256.equals(file.sha256())) {
            throw new IOException(what + " arrived with " + bytes.length + " bytes and SHA-256 " + sha256
                    + ", not the stored " + file.sizeBytes() + " bytes and " + file.sha256());
        }
        return bytes;
    }
}
