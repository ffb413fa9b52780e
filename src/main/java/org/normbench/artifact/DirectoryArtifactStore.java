package org.normbench.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
public class DirectoryArtifactStore implements ArtifactStore {

    private static final Logger LOG = Logger.getLogger(DirectoryArtifactStore.class);
    private static final String PARTIAL = ".partial";

    private final Path root;

    public DirectoryArtifactStore(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    @Override
    public void removeLeftovers() throws IOException {
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
                new ExactUpload(in, size, sha256).transferTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
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
