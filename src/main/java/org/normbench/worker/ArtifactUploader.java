package org.normbench.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.normbench.api.ArtifactUploadRoute;
import org.normbench.app.Directories;
import org.normbench.artifact.Checksums;

/**
 * Uploads sealed run folders to the portal's artifact store ({@code PUT /api/runs/{id}/artifacts/{name}} with the
 * run's token, each file's size and SHA-256), deleting each file once the portal has it. A folder whose run the
 * portal no longer knows (deleted) or no longer gives to this worker is discarded; any other failure leaves the
 * rest for the next attempt.
 */
final class ArtifactUploader {

    /**
     * Whether a folder is done with: uploaded, discarded (its run is gone), refused for now (the portal answered
     * otherwise; kept and retried) or unreachable (the portal did not answer; kept and retried).
     */
    enum Result { UPLOADED, DISCARDED, REFUSED, UNREACHABLE }

    private static final Logger LOG = Logger.getLogger(ArtifactUploader.class);

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    /** The HTTP status of one upload, and whether the answer came from a NormBench portal (a JSON body). */
    private record Answer(int status, boolean fromPortal) {
    }

    private final Supplier<URI> portal;
    private final Duration timeout;

    /** @param timeout the longest wait for the portal's answer once a file was sent */
    ArtifactUploader(Supplier<URI> portal, Duration timeout) {
        this.portal = portal;
        this.timeout = timeout;
    }

    Result upload(Spool.Sealed sealed) {
        try {
            for (Path file : files(sealed.folder())) {
                Answer answer = put(sealed, file);
                int status = answer.status();
                // only the artifact route's own refusal (JSON) discards: a wrong portal URL must not lose files
                if ((status == 404 || status == 403) && answer.fromPortal()) {
                    LOG.warnf("discarding the files of run %d: the portal answered %d (run deleted, or given to"
                            + " another worker)", sealed.runId(), status);
                    Directories.deleteRecursively(sealed.folder());
                    return Result.DISCARDED;
                }
                if (status != 201) {
                    LOG.warnf("upload of %s for run %d failed with HTTP %d; it will be retried", file.getFileName(),
                            sealed.runId(), status);
                    return Result.REFUSED;
                }
                Files.delete(file);
            }
            Directories.deleteRecursively(sealed.folder());
            return Result.UPLOADED;
        } catch (IOException e) {
            LOG.warnf("uploading the files of run %d failed (%s); they stay in %s for a later attempt",
                    sealed.runId(), e.getMessage(), sealed.folder());
            return Result.UNREACHABLE;
        }
    }

    /**
     * One PUT written through a blocking, fixed-length stream: the file is read as the socket takes it (Java's
     * HttpClient was measured queueing ~450 MB of a 512 MB body ahead of the portal).
     */
    private Answer put(Spool.Sealed sealed, Path file) throws IOException {
        String name = file.getFileName().toString();
        URI uri = portal.get().resolve("/api/runs/" + sealed.runId() + "/artifacts/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setRequestMethod("PUT");
            connection.setDoOutput(true);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            connection.setFixedLengthStreamingMode(Files.size(file));
            connection.setRequestProperty(ArtifactUploadRoute.RUN_TOKEN_HEADER, sealed.runToken());
            connection.setRequestProperty(ArtifactUploadRoute.CHECKSUM_HEADER,
                    Checksums.sha256Hex(Files.newInputStream(file)));
            connection.setRequestProperty("Content-Type", "application/octet-stream");
            try (OutputStream out = connection.getOutputStream()) {
                Files.copy(file, out);
            }
            int status = connection.getResponseCode();
            String type = connection.getContentType();
            return new Answer(status, type != null && type.startsWith("application/json"));
        } finally {
            connection.disconnect();
        }
    }

    /** The folder's files to upload: all but the seal and half-written ones, smallest first (the log first). */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(Spool.SEAL))
                    .filter(f -> !f.getFileName().toString().endsWith(RunFolder.PARTIAL)) // a write that failed
                    .sorted((a, b) -> Long.compare(size(a), size(b)))
                    .toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
