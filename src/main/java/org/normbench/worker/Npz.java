package org.normbench.worker;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A NumPy {@code .npz} file: a zip of {@code .npy} arrays (format 1.0, little-endian, C order), so a snapshot opens
 * with {@code numpy.load("snapshot-final.npz")} and needs nothing from NormBench to read. Assembled with {@link #add}
 * and {@link #writeTo}; {@link #read} reads what this class writes (float64, float32 and int64 arrays).
 */
public final class Npz {

    /** numpy aligns the data after the header to this many bytes. */
    private static final int HEADER_ALIGNMENT = 64;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    /** An array as read: its shape and its values (float64, float32 or int64 in the file) in row-major order. */
    public record Array(long[] shape, double[] values) {

        /** The value at (row, column) of a matrix. */
        public double get(int row, int column) {
            return values[(int) (row * shape[1] + column)];
        }
    }

    private record Entry(String descr, long[] shape, ByteBuffer data) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '(<f8|<f4|<i8)', 'fortran_order': False, 'shape': \\(([0-9, ]*)\\), }\\s*\\n");

    private final Map<String, Entry> arrays = new LinkedHashMap<>();

    /** Adds a tensor's values (float64 or float32) with its shape, copied to the host now. */
    Npz add(String name, NDArray tensor) {
        long[] shape = tensor.getShape().getShape();
        if (tensor.getDataType() == DataType.FLOAT64) {
            double[] values = tensor.toDoubleArray();
            ByteBuffer data = buffer(values.length * Double.BYTES);
            data.asDoubleBuffer().put(values);
            return put(name, new Entry("<f8", shape, data));
        }
        if (tensor.getDataType() == DataType.FLOAT32) {
            float[] values = tensor.toFloatArray();
            ByteBuffer data = buffer(values.length * Float.BYTES);
            data.asFloatBuffer().put(values);
            return put(name, new Entry("<f4", shape, data));
        }
        throw new IllegalArgumentException(name + ": snapshots hold float64 or float32 tensors, not "
                + tensor.getDataType());
    }

    /** Adds a 0-d float64 array. */
    Npz add(String name, double value) {
        ByteBuffer data = buffer(Double.BYTES);
        data.putDouble(0, value);
        return put(name, new Entry("<f8", new long[0], data));
    }

    /** Adds a 0-d int64 array. */
    Npz add(String name, long value) {
        ByteBuffer data = buffer(Long.BYTES);
        data.putLong(0, value);
        return put(name, new Entry("<i8", new long[0], data));
    }

    void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, Entry> entry : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey() + ".npy"));
            Entry array = entry.getValue();
            zip.write(header(array));
            zip.write(array.data().array());
            zip.closeEntry();
        }
        zip.finish();
    }

    private Npz put(String name, Entry array) {
        if (arrays.putIfAbsent(name, array) != null) {
            throw new IllegalArgumentException("two arrays named " + name);
        }
        return this;
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Magic, version 1.0, header length, then the header dict padded with spaces and ending in a newline. */
    private static byte[] header(Entry array) {
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

    /** The arrays of a {@code .npz} file by name (without {@code .npy}), in file order. */
    public static Map<String, Array> read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static Map<String, Array> read(byte[] npz) throws IOException {
        Map<String, Array> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(npz))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                arrays.put(entry.getName().replaceFirst("\\.npy$", ""), parse(zip.readAllBytes()));
            }
        }
        return arrays;
    }

    /**
     * One {@code .npy} array.
     *
     * @throws IllegalArgumentException when the bytes are not such an array
     */
    public static Array parse(byte[] npy) {
        int start = MAGIC.length + Short.BYTES;
        if (npy.length < start || !Arrays.equals(Arrays.copyOf(npy, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not a version 1.0 .npy array");
        }
        ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(buffer.getShort(MAGIC.length));
        if (start + headerLength > npy.length) {
            throw new IllegalArgumentException("the .npy header runs past the end of the array");
        }
        String header = new String(npy, start, headerLength, StandardCharsets.US_ASCII);
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an array of float64, float32 or int64 in C order: " + header.strip());
        }
        long[] shape = m.group(2).isBlank() ? new long[0] : Arrays.stream(m.group(2).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        int width = m.group(1).equals("<f4") ? Float.BYTES : Double.BYTES;
        if ((long) count * width != npy.length - start - headerLength) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + (long) count * width
                    + " bytes of data, the array has " + (npy.length - start - headerLength));
        }
        buffer.position(start + headerLength);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (m.group(1)) {
                case "<f8" -> buffer.getDouble();
                case "<f4" -> buffer.getFloat();
                default -> buffer.getLong();
            };
        }
        return new Array(shape, values);
    }
}
