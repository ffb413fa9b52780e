package org.normbench.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Artifacts as objects in an S3-compatible store, for clusters whose portals share no disk. An object appears only
 * when its upload completes, and the body is read through {@link ExactUpload}, which fails before the last bytes
 * leave when the size or SHA-256 is wrong: a single PUT then never completes, and a multipart upload (files above
 * {@code part-bytes}) is aborted instead of completed. Uploads a crash interrupted are aborted at the next start.
 */
public class S3ArtifactStore implements ArtifactStore {

    private static final Logger LOG = Logger.getLogger(S3ArtifactStore.class);
    /** S3's limits on multipart uploads. */
    static final long MIN_PART_BYTES = 5L << 20;
    static final long MAX_PART_BYTES = 5L << 30;
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final long partBytes;

    public S3ArtifactStore(ArtifactConfig.S3 config) {
        this.bucket = config.bucket().orElseThrow(() -> new IllegalArgumentException(
                "normbench.artifacts.s3.bucket is required when normbench.artifacts.store=s3"));
        if (config.partBytes() < MIN_PART_BYTES || config.partBytes() > MAX_PART_BYTES) {
            throw new IllegalArgumentException("normbench.artifacts.s3.part-bytes must be between " + MIN_PART_BYTES
                    + " and " + MAX_PART_BYTES + " (S3's part sizes), not " + config.partBytes());
        }
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalArgumentException("normbench.artifacts.s3.access-key-id and secret-access-key go"
                    + " together: set both, or neither to use the AWS default credentials");
        }
        this.partBytes = config.partBytes();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // Only the checksums S3 requires: not every S3-compatible store knows the optional CRC ones, and
                // the SHA-256 of each whole file is checked here anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(config.accessKeyId().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(),
                                config.secretAccessKey().get()))
                        : DefaultCredentialsProvider.builder().build());
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    @Override
    public void put(String key, InputStream in, long size, String sha256) throws IOException {
        ExactUpload upload = new ExactUpload(in, size, sha256);
        try {
            if (size <= partBytes) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size), body(upload, size));
            } else {
                putInParts(key, upload, size);
            }
        } catch (SdkException e) {
            if (upload.rejection() != null) {
                throw upload.rejection();
            }
            throw new IOException("the object store did not take " + key + ": " + e.getMessage(), e);
        }
    }

    private void putInParts(String key, ExactUpload upload, long size) {
        long part = Math.max(partBytes, (size + MAX_PARTS - 1) / MAX_PARTS);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += part) {
                long length = Math.min(part, size - offset);
                int number = parts.size() + 1;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                        .contentLength(length), body(new PartStream(upload, length), length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            abort(key, uploadId);
            throw e;
        }
    }

    /** A body the SDK may read once: a retry cannot replay a stream, so it fails instead of sending other bytes. */
    private static RequestBody body(InputStream stream, long length) {
        boolean[] opened = {false};
        ContentStreamProvider once = () -> {
            if (opened[0]) {
                throw new IllegalStateException("an upload stream cannot be sent twice");
            }
            opened[0] = true;
            return stream;
        };
        return RequestBody.fromContentProvider(once, length, "application/octet-stream");
    }

    private void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            LOG.warnf(e, "could not abort the multipart upload %s of %s; the bucket's lifecycle rule must", uploadId,
                    key);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key, null, "no such object in bucket " + bucket);
        } catch (SdkException e) {
            throw new IOException("the object store did not serve " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * One DeleteObject per key: the batch DeleteObjects needs a request checksum that not every S3-compatible store
     * accepts (s3proxy answers 501 to the CRC32 the SDK sends), and a run has only a handful of files.
     */
    @Override
    public void deleteAll(String prefix) throws IOException {
        try {
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + "/")).contents()) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
            }
        } catch (SdkException e) {
            throw new IOException("the object store did not delete " + prefix + "/: " + e.getMessage(), e);
        }
    }

    /**
     * Aborts every unfinished multipart upload in the bucket (NormBench's own): at start they are what a crash left.
     * With several portals, one still in flight on another portal is aborted too; its worker keeps the file and
     * sends it again. (Not by initiation time: S3-compatible stores do not all record it.)
     */
    @Override
    public void removeLeftovers() throws IOException {
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket)).uploads()) {
                LOG.infof("aborting the unfinished upload of %s", upload.key());
                abort(upload.key(), upload.uploadId());
            }
        } catch (SdkException e) {
            throw new IOException("could not list the unfinished uploads of bucket " + bucket + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    /** One part's bytes of the upload; the SDK closes each part's stream, which must not close the upload. */
    private static final class PartStream extends FilterInputStream {

        private long remaining;

        PartStream(InputStream upload, long length) {
            super(upload);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = super.read();
            if (read != -1) {
                remaining--;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
