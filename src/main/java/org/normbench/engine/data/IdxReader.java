package org.normbench.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of the MNIST family (plain or gzip-compressed): a big-endian magic number
 * {@code 0x0000_08_NN} (unsigned bytes, NN dimensions), the dimension sizes, then the data.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {
    }

    /** Reads an images file (3 dimensions) and its labels file (1 dimension) into one set. */
    public static ImageSet read(Path images, Path labels) {
        try (DataInputStream imageIn = open(images); DataInputStream labelIn = open(labels)) {
            int[] imageShape = header(imageIn, 3, images);
            int[] labelShape = header(labelIn, 1, labels);
            if (imageShape[0] != labelShape[0]) {
                throw new DataSetUnavailableException(images + " holds " + imageShape[0] + " images but " + labels
                        + " holds " + labelShape[0] + " labels");
            }
            byte[] pixels = new byte[Math.multiplyExact(Math.multiplyExact(imageShape[0], imageShape[1]), imageShape[2])];
            imageIn.readFully(pixels);
            byte[] rawLabels = new byte[labelShape[0]];
            labelIn.readFully(rawLabels);
            int[] labelValues = new int[rawLabels.length];
            for (int i = 0; i < rawLabels.length; i++) {
                labelValues[i] = rawLabels[i] & 0xFF;
            }
            return new ImageSet(imageShape[1], imageShape[2], pixels, labelValues);
        } catch (EOFException e) {
            throw new DataSetUnavailableException("IDX file " + images + " or " + labels + " is truncated", e);
        } catch (IOException e) {
            throw new DataSetUnavailableException("cannot read IDX files " + images + ", " + labels + ": "
                    + e.getMessage(), e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataSetUnavailableException("IDX file " + file + " does not exist");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean gzip = ((first << 8) | second) == GZIP_MAGIC;
        return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(in)) : in);
    }

    private static int[] header(DataInputStream in, int dimensions, Path file) throws IOException {
        int magic = in.readInt();
        if (magic >>> 16 != 0 || (magic >>> 8 & 0xFF) != UNSIGNED_BYTE || (magic & 0xFF) != dimensions) {
            throw new DataSetUnavailableException(file + " is not an IDX file of unsigned bytes with " + dimensions
                    + " dimension(s) (magic number 0x" + Integer.toHexString(magic) + ")");
        }
        int[] shape = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            shape[i] = in.readInt();
            if (shape[i] < 0) {
                throw new DataSetUnavailableException(file + " declares a negative size " + shape[i]);
            }
        }
        return shape;
    }
}
