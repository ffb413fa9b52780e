package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normbench.engine.data.DataSetUnavailableException;
import org.normbench.engine.data.FashionMnist;
import org.normbench.engine.data.IdxReader;
import org.normbench.engine.data.ImageSet;

/** The IDX reader on the real Fashion-MNIST package and on broken files. */
class FashionMnistTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDebianPackageWithItsKnownShapeClassesAndStatistics() {
        FashionMnist.Splits splits = FashionMnist.load(FashionMnist.DEBIAN_DIRECTORY);
        assertEquals(60_000, splits.train().count());
        assertEquals(10_000, splits.test().count());
        assertEquals(28, splits.train().rows());
        assertEquals(28, splits.train().columns());
        int[] perClass = new int[10];
        for (int label : splits.train().labels()) {
            perClass[label]++;
        }
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000}, perClass);
        double sum = 0;
        double sum2 = 0;
        ImageSet train = splits.train();
        long n = (long) train.count() * train.imageSize();
        for (int i = 0; i < train.count(); i++) {
            for (int p = 0; p < train.imageSize(); p++) {
                double x = train.intensity(i, p);
                sum += x;
                sum2 += x * x;
            }
        }
        double mean = sum / n;
        double std = Math.sqrt(sum2 / n - mean * mean);
        assertEquals(FashionMnist.MEAN, mean, 5e-5, "spec 000 §7 normalization mean");
        assertEquals(FashionMnist.STD, std, 5e-5, "spec 000 §7 normalization std");
    }

    @Test
    void aMissingDirectoryNamesThePackage() {
        DataSetUnavailableException e = assertThrows(DataSetUnavailableException.class,
                () -> FashionMnist.load(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
    }

    @Test
    void plainAndGzipFilesReadTheSame() throws IOException {
        byte[] images = idx(0x803, new int[] {2, 2, 3}, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255});
        byte[] labels = idx(0x801, new int[] {2}, new byte[] {7, 3});
        Files.write(dir.resolve("i"), images);
        Files.write(dir.resolve("l"), labels);
        gzip(dir.resolve("i.gz"), images);
        gzip(dir.resolve("l.gz"), labels);
        ImageSet plain = IdxReader.read(dir.resolve("i"), dir.resolve("l"));
        ImageSet zipped = IdxReader.read(dir.resolve("i.gz"), dir.resolve("l.gz"));
        assertArrayEquals(new int[] {7, 3}, plain.labels());
        assertArrayEquals(plain.pixels(), zipped.pixels());
        assertEquals(1.0, plain.intensity(1, 5), 0.0);
    }

    @Test
    void brokenFilesGetClearErrors() throws IOException {
        byte[] labels = idx(0x801, new int[] {2}, new byte[] {7, 3});
        Files.write(dir.resolve("l"), labels);
        Files.write(dir.resolve("truncated"), idx(0x803, new int[] {2, 2, 3}, new byte[] {0, 1, 2}));
        Files.write(dir.resolve("wrong-magic"), idx(0x1234, new int[] {2, 2, 3}, new byte[12]));
        Files.write(dir.resolve("three"), idx(0x803, new int[] {3, 2, 3}, new byte[18]));
        assertTrue(message(dir.resolve("truncated"), dir.resolve("l")).contains("truncated"));
        assertTrue(message(dir.resolve("wrong-magic"), dir.resolve("l")).contains("not an IDX file"));
        assertTrue(message(dir.resolve("three"), dir.resolve("l")).contains("holds 3 images but"));
        assertTrue(message(dir.resolve("absent"), dir.resolve("l")).contains("does not exist"));
    }

    private static String message(Path images, Path labels) {
        return assertThrows(DataSetUnavailableException.class, () -> IdxReader.read(images, labels)).getMessage();
    }

    private static byte[] idx(int magic, int[] shape, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * shape.length + data.length).putInt(magic);
        for (int size : shape) {
            buffer.putInt(size);
        }
        return buffer.put(data).array();
    }

    private static void gzip(Path file, byte[] data) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(data);
        }
    }
}
