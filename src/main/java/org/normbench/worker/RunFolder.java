package org.normbench.worker;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.normbench.app.Directories;
import org.normbench.engine.train.Snapshot;

/**
 * The files one run leaves on its worker: {@code log.txt} (what happened when, and why a run failed) and a
 * {@code snapshot-<checkpoint>.npz} per checkpoint (entries {@code step}, {@code log_loss} and one array per
 * trainable tensor, {@code <index>_<name>} in the model's parameter order). Each snapshot file appears whole or not
 * at all.
 */
final class RunFolder {

    static final String LOG = "log.txt";
    static final String PARTIAL = ".partial";
    private static final String SNAPSHOT_PREFIX = "snapshot-";
    private static final String SNAPSHOT_SUFFIX = ".npz";

    private final Path path;

    RunFolder(Path path) {
        this.path = path;
    }

    /** An empty folder at {@code path}: whatever an earlier attempt at the run left there is removed. */
    static RunFolder createEmpty(Path path) {
        try {
            Directories.deleteRecursively(path);
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run folder " + path, e);
        }
        return new RunFolder(path);
    }

    Path path() {
        return path;
    }

    /** Removes the folder with everything in it (a run that will not be reported). */
    void delete() {
        try {
            Directories.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the run folder " + path, e);
        }
    }

    /** Appends a time-stamped line to the run's log. */
    void log(String line) {
        try (Writer log = Files.newBufferedWriter(path.resolve(LOG), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            log.write(Instant.now() + " " + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path.resolve(LOG), e);
        }
    }

    /** Writes {@code snapshot-<checkpoint>.npz} from the current values of {@code parameters}. */
    void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
        Npz npz = new Npz().add("step", step).add("log_loss", logLoss);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray parameter = parameters.get(i);
            npz.add(i + "_" + (parameter.getName() == null ? "param" : parameter.getName()), parameter);
        }
        Path file = path.resolve(SNAPSHOT_PREFIX + checkpoint + SNAPSHOT_SUFFIX);
        Path partial = path.resolve(file.getFileName() + PARTIAL);
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                npz.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        log(String.format("snapshot %s at step %d, ln L = %.6g", checkpoint, step, logLoss));
    }

    /** The checkpoint a file name holds the snapshot of ({@code snapshot-init.npz} → {@code init}). */
    static Optional<String> checkpointOf(String fileName) {
        return fileName.startsWith(SNAPSHOT_PREFIX) && fileName.endsWith(SNAPSHOT_SUFFIX)
                ? Optional.of(fileName.substring(SNAPSHOT_PREFIX.length(), fileName.length() - SNAPSHOT_SUFFIX.length()))
                : Optional.empty();
    }

    /**
     * A snapshot file read back: its step, ln L and tensors in parameter order.
     *
     * @throws IllegalArgumentException naming the file when it is not a snapshot this class wrote
     */
    static Snapshot readSnapshot(String checkpoint, byte[] npz) {
        String file = SNAPSHOT_PREFIX + checkpoint + SNAPSHOT_SUFFIX;
        try {
            Map<String, Npz.Array> arrays = Npz.read(npz);
            Npz.Array step = arrays.remove("step");
            Npz.Array logLoss = arrays.remove("log_loss");
            if (step == null || logLoss == null || step.values().length != 1 || logLoss.values().length != 1) {
                throw new IllegalArgumentException("it has no single step and log_loss");
            }
            List<double[]> parameters = new ArrayList<>();
            for (Map.Entry<String, Npz.Array> tensor : arrays.entrySet()) {
                if (!tensor.getKey().startsWith(parameters.size() + "_")) {
                    throw new IllegalArgumentException("tensor " + parameters.size() + " is missing, found "
                            + tensor.getKey());
                }
                parameters.add(tensor.getValue().values());
            }
            return new Snapshot(checkpoint, (long) step.values()[0], logLoss.values()[0], parameters);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a snapshot: " + e.getMessage());
        }
    }
}
