package org.normbench.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.normbench.app.Directories;

/**
 * The worker's folder of run files not yet in the portal's artifact store ({@code normbench.worker.spool-directory}):
 * one {@link RunFolder} per run. A run's folder is sealed when the run ended — {@code upload.properties} records the
 * run and its token — and stays until every file was uploaded, so an unreachable portal or a restart loses nothing.
 * An unsealed folder after a restart belongs to a run that was interrupted and will be trained again.
 */
final class Spool {

    /** A sealed run folder, waiting for upload. */
    record Sealed(long runId, String runToken, Path folder) {
    }

    static final String SEAL = "upload.properties";

    private static final Logger LOG = Logger.getLogger(Spool.class);

    private final Path directory;

    Spool(Path directory) {
        this.directory = directory;
    }

    /** A fresh folder for the run. */
    RunFolder open(long runId) {
        return RunFolder.createEmpty(directory.resolve("run-" + runId));
    }

    /** Marks the run's files complete and ready for upload. */
    Sealed seal(RunFolder folder, long runId, String runToken) {
        Properties seal = new Properties();
        seal.setProperty("runId", Long.toString(runId));
        seal.setProperty("runToken", runToken == null ? "" : runToken);
        Path partial = folder.path().resolve(SEAL + RunFolder.PARTIAL);
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                seal.store(out, "run files complete; upload them to the portal");
            }
            Files.move(partial, folder.path().resolve(SEAL), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal " + folder.path(), e);
        }
        return new Sealed(runId, runToken, folder.path());
    }

    /** Sealed folders, oldest run first. */
    List<Sealed> sealed() {
        List<Sealed> sealed = new ArrayList<>();
        for (Path folder : folders()) {
            Path seal = folder.resolve(SEAL);
            if (Files.isRegularFile(seal)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(seal)) {
                    properties.load(in);
                    sealed.add(new Sealed(Long.parseLong(properties.getProperty("runId")),
                            properties.getProperty("runToken"), folder));
                } catch (IOException | RuntimeException e) {
                    // one unreadable folder must not stop the others (or the worker): it stays for a person to see
                    LOG.errorf("cannot read %s (%s); its files are not uploaded", seal, e.getMessage());
                }
            }
        }
        sealed.sort(Comparator.comparingLong(Sealed::runId));
        return sealed;
    }

    /** Removes the folders of runs interrupted before they ended (call before this worker trains anything). */
    List<Path> removeUnsealed() {
        List<Path> removed = new ArrayList<>();
        for (Path folder : folders()) {
            if (!Files.exists(folder.resolve(SEAL))) {
                try {
                    Directories.deleteRecursively(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + folder, e);
                }
                removed.add(folder);
            }
        }
        return removed;
    }

    private List<Path> folders() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
