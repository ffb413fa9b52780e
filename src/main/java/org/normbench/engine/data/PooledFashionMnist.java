package org.normbench.engine.data;

/**
 * Fashion-MNIST as spec 004's pilot feeds it to dense networks: each image 2×2 average-pooled to 14×14 = 196
 * features, both splits standardized by the pooled training set's mean and standard deviation; or, pooled by 1,
 * the whole 28×28 images for a convolutional network.
 */
public record PooledFashionMnist(ImageFeatures train, ImageFeatures test) {

    /** The pilot's pooling: 28×28 → 14×14. */
    public static final int POOL = 2;

    public static PooledFashionMnist of(FashionMnist.Splits splits) {
        return of(splits, POOL);
    }

    /** Each image pool×pool average-pooled (1: as it is). */
    public static PooledFashionMnist of(FashionMnist.Splits splits, int pool) {
        ImageFeatures train = ImageFeatures.pooled(splits.train(), pool);
        double mean = train.mean();
        double std = train.standardDeviation();
        return new PooledFashionMnist(train.standardized(mean, std),
                ImageFeatures.pooled(splits.test(), pool).standardized(mean, std));
    }
}
