package org.normbench.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.normbench.support.S3TestServer;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-compatible server (s3proxy), single PUTs and multipart uploads alike. */
class S3ArtifactStoreTest extends ArtifactStoreContract {

    private static final long PART_BYTES = S3ArtifactStore.MIN_PART_BYTES;
    private static final S3TestServer SERVER = new S3TestServer();
    private static S3Client client;
    private S3ArtifactStore store;

    @BeforeAll
    static void startServer() {
        SERVER.start();
        client = SERVER.client();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        SERVER.stop();
    }

    @BeforeEach
    void createStore() {
        store = new S3ArtifactStore(SERVER.config(PART_BYTES));
    }

    /** Each test starts from an empty bucket. */
    @AfterEach
    void emptyBucket() throws IOException {
        store.deleteAll("experiments");
        store.removeLeftovers();
        store.close();
    }

    @Override
    ArtifactStore store() {
        return store;
    }

    private static int unfinishedUploads() {
        return client.listMultipartUploads(b -> b.bucket(S3TestServer.BUCKET)).uploads().size();
    }

    @Test
    void filesAboveThePartSizeGoUpInParts() throws IOException {
        byte[] data = bytes((int) (2 * PART_BYTES + 12345), 8);
        put(store, "experiments/1/runs/2/snapshot-final.npz", data);
        assertArrayEquals(data, read(store, "experiments/1/runs/2/snapshot-final.npz"));
        String etag = client.headObject(b -> b.bucket(S3TestServer.BUCKET).key("experiments/1/runs/2/snapshot-final.npz"))
                .eTag();
        assertTrue(etag.endsWith("-3\""), "a three-part upload's ETag ends in -3: " + etag);
    }

    @Test
    void aWrongMultipartUploadIsAbortedAndLeavesNothing() {
        byte[] data = bytes((int) (PART_BYTES + 1000), 9);
        ArtifactRejectedException corrupted = assertThrows(ArtifactRejectedException.class, () -> store.put(
                "experiments/1/runs/2/snapshot-final.npz", new ByteArrayInputStream(data), data.length,
                sha256(bytes(1, 0))));
        assertTrue(corrupted.getMessage().contains("SHA-256"), corrupted.getMessage());
        ArtifactRejectedException truncated = assertThrows(ArtifactRejectedException.class, () -> store.put(
                "experiments/1/runs/2/snapshot-final.npz", new ByteArrayInputStream(data, 0, data.length - 1),
                data.length, sha256(data)));
        assertTrue(truncated.getMessage().contains("ended after"), truncated.getMessage());
        assertThrows(NoSuchFileException.class, () -> store.open("experiments/1/runs/2/snapshot-final.npz"));
        assertEquals(0, unfinishedUploads());
    }

    @Test
    void abortsUploadsACrashLeftAtStart() throws IOException {
        client.createMultipartUpload(b -> b.bucket(S3TestServer.BUCKET).key("experiments/1/runs/2/log.txt"));
        assertEquals(1, unfinishedUploads());
        store.removeLeftovers();
        assertEquals(0, unfinishedUploads());
    }

    @Test
    void refusesIncompleteSettings() {
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> new S3ArtifactStore(SERVER.config(PART_BYTES - 1)));
        assertTrue(small.getMessage().contains("part-bytes must be between"), small.getMessage());
    }
}
