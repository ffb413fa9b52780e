package org.normbench.worker;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A NumPy {@code .npz} file being assembled: a zip of {@code .npy} arrays (format 1.0, little-endian), so a snapshot
 * opens with {@code numpy.load("snapshot-final.npz")} and needs nothing from NormBench to read.
 */
final class Npz {

    /** numpy aligns the data after the header to this many bytes. */
    private static final int HEADER_ALIGNMENT = 64;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private record Array(String descr, long[] shape, ByteBuffer data) {
    }

    private final Map<String, Array> arrays = new LinkedHashMap<>();

    /** Adds a tensor's values (float64 or float32) with its shape, copied to the host now. */
    Npz add(String name, NDArray tensor) {
        long[] shape = tensor.getShape().getShape();
        if (tensor.getDataType() == DataType.FLOAT64) {
            double[] values = tensor.toDoubleArray();
            ByteBuffer data = buffer(values.length * Double.BYTES);
            data.asDoubleBuffer().put(values);
            return put(name, new Array("<f8", shape, data));
        }
        if (tensor.getDataType() == DataType.FLOAT32) {
            float[] values = tensor.toFloatArray();
            ByteBuffer data = buffer(values.length * Float.BYTES);
            data.asFloatBuffer().put(values);
            return put(name, new Array("<f4", shape, data));
        }
        throw new IllegalArgumentException(name + ": snapshots hold float64 or float32 tensors, not "
                + tensor.getDataType());
    }

    /** Adds a 0-d float64 array. */
    Npz add(String name, double value) {
        ByteBuffer data = buffer(Double.BYTES);
        data.putDouble(0, value);
        return put(name, new Array("<f8", new long[0], data));
    }

    /** Adds a 0-d int64 array. */
    Npz add(String name, long value) {
        ByteBuffer data = buffer(Long.BYTES);
        data.putLong(0, value);
        return put(name, new Array("<i8", new long[0], data));
    }

    void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, Array> entry : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey() + ".npy"));
            Array array = entry.getValue();
            zip.write(header(array));
            zip.write(array.data().array());
            zip.closeEntry();
        }
        zip.finish();
    }

    private Npz put(String name, Array array) {
        if (arrays.putIfAbsent(name, array) != null) {
            throw new IllegalArgumentException("two arrays named " + name);
        }
        return this;
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Magic, version 1.0, header length, then the header dict padded with spaces and ending in a newline. */
    private static byte[] header(Array array) {
        String shape = array.shape().length == 1 ? "(" + array.shape()[0] + ",)"
                : Arrays.stream(array.shape()).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
        StringBuilder dict = new StringBuilder("{'descr': '" + array.descr() + "', 'fortran_order': False, 'shape': "
                + shape + ", }");
        int unpadded = MAGIC.length + Short.BYTES + dict.length() + 1;
        dict.append(" ".repeat((HEADER_ALIGNMENT - unpadded % HEADER_ALIGNMENT) % HEADER_ALIGNMENT)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = buffer(MAGIC.length + Short.BYTES + text.length);
        header.put(MAGIC).putShort((short) text.length).put(text);
        return header.array();
    }
}
