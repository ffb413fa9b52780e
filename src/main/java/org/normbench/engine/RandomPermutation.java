package org.normbench.engine;

import java.util.Random;

/** Uniformly random orderings of 0…n−1 that depend only on the random stream (Fisher–Yates from the identity). */
public final class RandomPermutation {

    private RandomPermutation() {
    }

    public static int[] of(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
