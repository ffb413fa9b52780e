package org.normbench.support;

import java.io.IOException;
import java.io.ByteArrayInputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a .npz as numpy would (little-endian f8, f4, i8 arrays, C order), independently of the worker's writer. */
public final class NpzReader {

    public record Array(long[] shape, double[] values) {
        public double get(int row, int column) {
            return values[(int) (row * shape[1] + column)];
        }
    }

    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '(<f8|<f4|<i8)', 'fortran_order': False, 'shape': \\(([0-9, ]*)\\), }\\s*\\n");

    private NpzReader() {
    }

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

    public static Array parse(byte[] npy) {
        ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        buffer.get(magic);
        if (!Arrays.equals(magic, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0})) {
            throw new IllegalArgumentException("not a version 1.0 .npy");
        }
        int headerLength = Short.toUnsignedInt(buffer.getShort());
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        Matcher m = HEADER.matcher(header);
        if (!m.matches() || (10 + headerLength) % 64 != 0) {
            throw new IllegalArgumentException("unexpected header " + header);
        }
        long[] shape = m.group(2).isBlank() ? new long[0] : Arrays.stream(m.group(2).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        buffer.position(10 + headerLength);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (m.group(1)) {
                case "<f8" -> buffer.getDouble();
                case "<f4" -> buffer.getFloat();
                default -> buffer.getLong();
            };
        }
        if (buffer.hasRemaining()) {
            throw new IllegalArgumentException(buffer.remaining() + " bytes after the data");
        }
        return new Array(shape, values);
    }
}
