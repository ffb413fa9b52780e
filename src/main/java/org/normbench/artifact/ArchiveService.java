package org.normbench.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.normbench.account.Caller;
import org.normbench.experiment.ExperimentDetails;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.RunDetails;
import org.normbench.metric.Csv;
import org.normbench.metric.MetricPoint;

/**
 * Downloads of what runs produced, for whoever may see them: one run, or a whole experiment, as a zip streamed
 * from the database. Each run has {@code run.json} (resolved configuration, state, worker, times, error, summary),
 * {@code summary.json}, {@code metrics.csv} (every metric point, full resolution: series, step, value), the same
 * points as {@code metrics.arrow} (an Arrow IPC file, see {@link ArrowMetricsWriter}) and the files
 * its worker uploaded under {@code artifacts/} (parameter snapshots, log), checked against their recorded SHA-256. An
 * experiment adds {@code experiment.json} (the grid as submitted, owner, sharing) and {@code manifest.json}; every
 * archive ends with {@code SHA256SUMS}, so {@code sha256sum -c SHA256SUMS} checks the unpacked files.
 */
@ApplicationScoped
public class ArchiveService {

    private static final Logger LOG = Logger.getLogger(ArchiveService.class);
    private static final boolean ARROW = ArrowMetricsWriter.usable();

    private final ExperimentQueries queries;
    private final ArtifactService artifacts;
    private final ObjectMapper json;

    public ArchiveService(ExperimentQueries queries, ArtifactService artifacts, ObjectMapper json) {
        if (!ARROW) {
            LOG.warn("archives leave out metrics.arrow: start Java with --add-opens=java.base/java.nio=ALL-UNNAMED"
                    + " (bin/start does) for Apache Arrow to write it");
        }
        this.queries = queries;
        this.artifacts = artifacts;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The run's archive; empty when there is no such run or the caller may not see it. */
    public Optional<Archive> run(Caller caller, long runId) {
        return queries.run(caller, runId).map(run -> archive("run-" + runId + ".zip", zip -> writeRun(zip, run, "")));
    }

    /** The experiment's archive with every run; empty when there is no such experiment or it is not visible. */
    public Optional<Archive> experiment(Caller caller, long experimentId) {
        return queries.experiment(caller, experimentId).map(experiment -> archive(
                "experiment-" + experimentId + ".zip", zip -> {
                    zip.add("experiment.json", out -> json.writeValue(out, experiment));
                    for (RunDetails run : experiment.runs()) {
                        writeRun(zip, queries.run(caller, run.id()).orElseThrow(), "runs/" + run.id() + "/");
                    }
                    zip.add("manifest.json", out -> json.writeValue(out, manifest(experiment, zip)));
                }));
    }

    private interface Contents {
        void write(ChecksummedZip zip) throws IOException;
    }

    /** An archive whose contents are read in one read-only transaction while they stream out. */
    private static Archive archive(String fileName, Contents contents) {
        return new Archive() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (ChecksummedZip zip = new ChecksummedZip(out)) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        try {
                            contents.write(zip);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    zip.finish();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    private void writeRun(ChecksummedZip zip, RunDetails run, String prefix) throws IOException {
        zip.add(prefix + "run.json", out -> json.writeValue(out, run));
        zip.add(prefix + "summary.json", out -> json.writeValue(out, run.summary()));
        zip.add(prefix + "metrics.csv", out -> writeCsv(run.id(), out));
        if (ARROW) {
            zip.add(prefix + "metrics.arrow", out -> writeArrow(run.id(), out));
        }
        for (ArtifactService.StoredArtifact artifact : artifacts.ofRun(run.experimentId(), run.id())) {
            zip.add(prefix + "artifacts/" + artifact.name(), out -> {
                try (InputStream in = artifacts.open(artifact)) {
                    in.transferTo(out);
                }
            });
        }
    }

    /** One metric point, as read from the database. */
    private interface PointWriter {
        void write(String series, long step, double value) throws IOException;
    }

    /** Every point of the run, series by series in step order, streamed from the database into {@code points}. */
    private static void forEachPoint(long runId, PointWriter points) throws IOException {
        try (Stream<Object[]> rows = MetricPoint.getEntityManager().createQuery("select p.series, p.step, p.value"
                + " from MetricPoint p where p.runId = ?1 order by p.series, p.step", Object[].class)
                .setParameter(1, runId).getResultStream()) {
            for (Object[] p : (Iterable<Object[]>) rows::iterator) {
                points.write((String) p[0], (Long) p[1], (Double) p[2]);
            }
        }
    }

    private static void writeCsv(long runId, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("series,step,value\n");
        // Double.toString is the shortest text that reads back to the same double
        forEachPoint(runId, (series, step, value) -> writer.write(Csv.quote(series) + "," + step + "," + value + "\n"));
        writer.flush();
    }

    private static void writeArrow(long runId, OutputStream out) throws IOException {
        try (ArrowMetricsWriter arrow = new ArrowMetricsWriter(out)) {
            forEachPoint(runId, arrow::add);
            arrow.finish();
        }
    }

    private static Map<String, Object> manifest(ExperimentDetails experiment, ChecksummedZip zip) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("experiment", experiment.id());
        manifest.put("benchmark", experiment.benchmark() + " v" + experiment.benchmarkVersion());
        manifest.put("runs", experiment.runs().size());
        manifest.put("createdAt", Instant.now().toString());
        manifest.put("files", List.copyOf(zip.entries()));
        return manifest;
    }
}
