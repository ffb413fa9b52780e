package org.normbench.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.support.Zips;

/**
 * Snapshot files byte for byte as numpy 1.24 writes them: the expected data bytes and header lengths below come from
 * {@code numpy.lib.format.write_array(f, a, version=(1, 0))} on the same arrays.
 */
class NpzTest {

    @Test
    void entriesAreTheNpyBytesNumpyWrites() throws IOException {
        Map<String, byte[]> entries;
        try (NDManager manager = NDManager.newBaseManager()) {
            Npz npz = new Npz()
                    .add("w", manager.create(new double[][] {{-1, -0.5, 0}, {0.5, 1, 1.5}}))
                    .add("step", 300L)
                    .add("v32", manager.create(new float[] {1.5f, -2.25f, 3f}));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            npz.writeTo(out);
            entries = Zips.unzip(out.toByteArray());
        }
        assertEquals(List.of("w.npy", "step.npy", "v32.npy"), List.copyOf(entries.keySet()));
        assertNpy(entries.get("w.npy"), "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                "000000000000f0bf000000000000e0bf0000000000000000000000000000e03f000000000000f03f000000000000f83f");
        assertNpy(entries.get("step.npy"), "{'descr': '<i8', 'fortran_order': False, 'shape': (), }",
                "2c01000000000000");
        assertNpy(entries.get("v32.npy"), "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }",
                "0000c03f000010c000004040");
        assertArrayEquals(new long[] {2, 3}, Npz.parse(entries.get("w.npy")).shape());
    }

    @Test
    void otherTypesAndRepeatedNamesAreRefused() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Npz().add("i", manager.create(new int[] {1}).toType(DataType.INT32, false)));
            assertThrows(IllegalArgumentException.class, () -> new Npz().add("a", 1.0).add("a", 2.0));
        }
    }

    /** numpy's header for these arrays is 128 bytes: magic, version, length 118, the dict, spaces, newline. */
    private static void assertNpy(byte[] npy, String dict, String dataHex) {
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0}, Arrays.copyOf(npy, 10));
        String header = new String(npy, 10, 118, StandardCharsets.US_ASCII);
        assertEquals(dict, header.stripTrailing());
        assertEquals('\n', header.charAt(117));
        assertEquals(dataHex, HexFormat.of().formatHex(Arrays.copyOfRange(npy, 128, npy.length)));
    }
}
