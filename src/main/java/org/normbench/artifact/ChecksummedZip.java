package org.normbench.artifact;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip being written entry by entry, recording each entry's size and SHA-256 as it streams by; {@link #finish}
 * adds {@code SHA256SUMS} (checkable with {@code sha256sum -c}) as the last entry.
 */
final class ChecksummedZip implements AutoCloseable {

    /** One file of the archive: its path inside the zip, size and SHA-256 (hex). */
    record Entry(String path, long bytes, String sha256) {
    }

    /** Writes one entry's content. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final List<Entry> entries = new ArrayList<>();

    ChecksummedZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void add(String path, Content content) throws IOException {
        MessageDigest digest = Checksums.sha256();
        zip.putNextEntry(new ZipEntry(path));
        long[] count = {0};
        // closing the entry's stream (as JSON writers do) must not close the zip: only the bytes pass through
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                digest.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
                digest.update(b, off, len);
                count[0] += len;
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        content.write(entry);
        entry.flush();
        zip.closeEntry();
        entries.add(new Entry(path, count[0], HexFormat.of().formatHex(digest.digest())));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds SHA256SUMS for every entry so far and ends the zip. */
    void finish() throws IOException {
        StringBuilder sums = new StringBuilder();
        for (Entry e : entries) {
            sums.append(e.sha256()).append("  ").append(e.path()).append('\n');
        }
        zip.putNextEntry(new ZipEntry("SHA256SUMS"));
        zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
