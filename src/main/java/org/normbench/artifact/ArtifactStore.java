package org.normbench.artifact;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where the files runs produced are kept, by key ({@code experiments/12/runs/345/snapshot-final.npz}). A put is
 * all or nothing: a file is visible only once every declared byte arrived and its SHA-256 matched, so an
 * interrupted upload leaves nothing behind. Two implementations: a directory (the default) and an S3-compatible
 * object store ({@code normbench.artifacts.store}).
 */
public interface ArtifactStore extends Closeable {

    /** Removes what uploads interrupted by a crash left; called once at start. */
    void removeLeftovers() throws IOException;

    /**
     * Stores exactly {@code size} bytes of {@code in} whose SHA-256 is {@code sha256} (lower-case hex) under
     * {@code key}, replacing what was there.
     *
     * @throws ArtifactRejectedException when fewer or more bytes arrive, or the checksum differs; nothing is kept
     * @throws IOException when reading the stream or writing the store fails; nothing is kept
     */
    void put(String key, InputStream in, long size, String sha256) throws IOException;

    /** The stored bytes of {@code key}. */
    InputStream open(String key) throws IOException;

    /** Removes every key starting with {@code prefix} followed by a slash (a whole experiment or run). */
    void deleteAll(String prefix) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
