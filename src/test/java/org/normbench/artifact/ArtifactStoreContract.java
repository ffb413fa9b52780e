package org.normbench.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.NoSuchFileException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every artifact store promises: exact round trips, all-or-nothing puts, deletion by prefix. */
abstract class ArtifactStoreContract {

    /** The store under test, empty at the start of each test. */
    abstract ArtifactStore store();

    static byte[] bytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(Checksums.sha256().digest(data));
    }

    static void put(ArtifactStore store, String key, byte[] data) throws IOException {
        store.put(key, new ByteArrayInputStream(data), data.length, sha256(data));
    }

    static byte[] read(ArtifactStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void storesAndReplacesFilesExactly() throws IOException {
        byte[] first = bytes(100_000, 1);
        byte[] second = bytes(3, 2);
        put(store(), "experiments/1/runs/2/log.txt", first);
        assertArrayEquals(first, read(store(), "experiments/1/runs/2/log.txt"));
        put(store(), "experiments/1/runs/2/log.txt", second);
        assertArrayEquals(second, read(store(), "experiments/1/runs/2/log.txt"));
        assertThrows(NoSuchFileException.class, () -> store().open("experiments/1/runs/2/other.npz"));
    }

    @Test
    void aWrongUploadNeitherAppearsNorReplacesTheStoredFile() throws IOException {
        byte[] kept = bytes(5000, 3);
        byte[] sent = bytes(70_000, 4);
        put(store(), "experiments/1/runs/2/snapshot-final.npz", kept);

        ArtifactRejectedException truncated = assertThrows(ArtifactRejectedException.class, () -> store().put(
                "experiments/1/runs/2/snapshot-final.npz", new ByteArrayInputStream(sent, 0, 60_000), sent.length,
                sha256(sent)));
        assertEquals(400, truncated.status());
        assertTrue(truncated.getMessage().contains("ended after 60000 of the declared 70000 bytes"),
                truncated.getMessage());

        byte[] longer = bytes(10, 5);
        ArtifactRejectedException tooLong = assertThrows(ArtifactRejectedException.class, () -> store().put(
                "experiments/1/runs/2/snapshot-final.npz", new SequenceInputStream(new ByteArrayInputStream(sent),
                        new ByteArrayInputStream(longer)), sent.length, sha256(sent)));
        assertTrue(tooLong.getMessage().contains("more than the declared 70000 bytes"), tooLong.getMessage());

        ArtifactRejectedException corrupted = assertThrows(ArtifactRejectedException.class, () -> store().put(
                "experiments/1/runs/2/snapshot-final.npz", new ByteArrayInputStream(sent), sent.length,
                sha256(kept)));
        assertTrue(corrupted.getMessage().contains("not the declared " + sha256(kept)), corrupted.getMessage());

        assertArrayEquals(kept, read(store(), "experiments/1/runs/2/snapshot-final.npz"));
        assertThrows(ArtifactRejectedException.class, () -> store().put("experiments/1/runs/3/log.txt",
                new ByteArrayInputStream(sent), sent.length, sha256(kept)));
        assertThrows(NoSuchFileException.class, () -> store().open("experiments/1/runs/3/log.txt"));
    }

    @Test
    void deletesEverythingUnderAPrefixAndNothingElse() throws IOException {
        byte[] data = bytes(10, 6);
        put(store(), "experiments/1/runs/1/log.txt", data);
        put(store(), "experiments/1/runs/1/snapshot-init.npz", data);
        put(store(), "experiments/1/runs/10/log.txt", data);
        put(store(), "experiments/10/runs/11/log.txt", data);

        store().deleteAll("experiments/1/runs/1");
        assertThrows(NoSuchFileException.class, () -> store().open("experiments/1/runs/1/log.txt"));
        assertThrows(NoSuchFileException.class, () -> store().open("experiments/1/runs/1/snapshot-init.npz"));
        assertArrayEquals(data, read(store(), "experiments/1/runs/10/log.txt"));

        store().deleteAll("experiments/1");
        assertThrows(NoSuchFileException.class, () -> store().open("experiments/1/runs/10/log.txt"));
        assertArrayEquals(data, read(store(), "experiments/10/runs/11/log.txt"));
        store().deleteAll("experiments/99");
    }
}
