package org.normbench.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * An upload's body read for storing: it yields exactly the declared number of bytes and refuses to hand out the
 * last of them when the body is shorter, longer, or its SHA-256 is not the declared one. A store that writes what
 * it reads therefore never completes a wrong file: the failure comes before the final bytes reach the store, and
 * it is remembered ({@link #rejection()}) for stores whose client library wraps it in its own exception.
 */
final class ExactUpload extends InputStream {

    private final InputStream in;
    private final long size;
    private final String sha256;
    private final MessageDigest digest = Checksums.sha256();
    private long remaining;
    private ArtifactRejectedException rejection;

    ExactUpload(InputStream in, long size, String sha256) {
        this.in = in;
        this.size = size;
        this.sha256 = sha256;
        this.remaining = size;
    }

    /** Why the upload was refused, if it was. */
    ArtifactRejectedException rejection() {
        return rejection;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (rejection != null) {
            throw rejection;
        }
        if (remaining == 0) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int read = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (read == -1) {
            throw reject("the upload ended after " + (size - remaining) + " of the declared " + size + " bytes");
        }
        digest.update(buffer, offset, read);
        remaining -= read;
        if (remaining == 0) {
            if (in.read() != -1) {
                throw reject("more than the declared " + size + " bytes arrived");
            }
            String received = HexFormat.of().formatHex(digest.digest());
            if (!received.equals(sha256)) {
                throw reject("the content's SHA-256 is " + received + ", not the declared " + sha256);
            }
        }
        return read;
    }

    private ArtifactRejectedException reject(String reason) {
        rejection = new ArtifactRejectedException(400, reason + "; the file was not stored");
        return rejection;
    }
}
