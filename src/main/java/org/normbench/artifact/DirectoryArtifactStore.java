package org.normbench.artifact;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.normbench.app.Directories;

/**
 * The default artifact store: one file per key under {@code normbench.artifacts.directory}. An upload streams into
 * a {@code .partial} sibling while its bytes are counted and hashed, is flushed to disk, and only then renamed
 * over the key (an atomic rename), so readers never see half a file; a crash mid-upload leaves a {@code .partial}
 * that the next start removes.
 */
@ApplicationScoped
public class DirectoryArtifactStore implements ArtifactStore {

    private static final Logger LOG = Logger.getLogger(DirectoryArtifactStore.class);
    private static final String PARTIAL = ".partial";
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path root;

    public DirectoryArtifactStore(ArtifactConfig config) {
        this.root = config.directory().toAbsolutePath().normalize();
    }

    /** Removes what uploads interrupted by a crash left. */
    void removeLeftovers(@Observes StartupEvent event) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path partial : files.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                LOG.infof("removing %s, left by an upload that did not finish", partial);
                Files.deleteIfExists(partial);
            }
        }
    }

    @Override
    public void put(String key, InputStream in, long size, String sha256) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                String received = copy(in, Channels.newOutputStream(channel), size);
                if (!received.equals(sha256)) {
                    throw new ArtifactRejectedException(400, "the content's SHA-256 is " + received
                            + ", not the declared " + sha256 + "; the file was not stored");
                }
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Copies exactly {@code size} bytes; returns their SHA-256. */
    private static String copy(InputStream in, OutputStream out, long size) throws IOException {
        MessageDigest digest = Checksums.sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            total += read;
            if (total > size) {
                throw new ArtifactRejectedException(400, "more than the declared " + size + " bytes arrived;"
                        + " the file was not stored");
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        if (total < size) {
            throw new ArtifactRejectedException(400, "the upload ended after " + total + " of the declared " + size
                    + " bytes; the file was not stored");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        Directories.deleteRecursively(resolve(prefix));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("artifact key outside the store: " + key);
        }
        return path;
    }
}
