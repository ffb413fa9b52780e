package org.normbench.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A stored file read for download, hashed as it passes: at its end the size and SHA-256 must be those recorded at
 * upload, or the read fails — a download of a corrupted file breaks off instead of completing with wrong bytes.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest = Checksums.sha256();
    private final long expectedBytes;
    private final String expectedSha256;
    private final String name;
    private long bytes;
    private boolean verified;

    VerifyingInputStream(InputStream in, long expectedBytes, String expectedSha256, String name) {
        super(in);
        this.expectedBytes = expectedBytes;
        this.expectedSha256 = expectedSha256;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            verify();
        } else {
            digest.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read == -1) {
            verify();
        } else {
            digest.update(buffer, offset, read);
            bytes += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("a verified read cannot skip");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void verify() throws IOException {
        if (verified) {
            return;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (bytes != expectedBytes || !sha256.equals(expectedSha256)) {
            throw new IOException("stored artifact " + name + " is damaged: " + bytes + " bytes with SHA-256 " + sha256
                    + ", recorded at upload " + expectedBytes + " bytes with " + expectedSha256);
        }
        verified = true;
    }
}
