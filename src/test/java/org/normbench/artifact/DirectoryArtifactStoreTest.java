package org.normbench.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryArtifactStoreTest extends ArtifactStoreContract {

    @TempDir
    Path directory;
    private DirectoryArtifactStore store;

    @BeforeEach
    void createStore() {
        store = new DirectoryArtifactStore(directory);
    }

    @Override
    ArtifactStore store() {
        return store;
    }

    @Test
    void removesWhatACrashLeftAtStart() throws IOException {
        byte[] data = bytes(10, 7);
        put(store, "experiments/1/runs/2/log.txt", data);
        Path partial = Files.writeString(directory.resolve("experiments/1/runs/2/log.txt.0a1b.partial"), "half");
        store.removeLeftovers();
        assertFalse(Files.exists(partial));
        assertArrayEquals(data, read(store, "experiments/1/runs/2/log.txt"));
    }
}
