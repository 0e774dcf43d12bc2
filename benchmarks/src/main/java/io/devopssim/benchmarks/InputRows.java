package io.devopssim.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A pool of input rows near a model's reference inputs, handed out in turn so that no call sees the
 * same input as the one before.
 *
 * <p>The pool is a slowly drifting stream, as a live series gives: each value is its reference
 * value times a factor that takes a random step of up to 1 % from one row to the next and stays in
 * [0.9, 1.1]. Consecutive rows are close, as a forecaster's minute-to-minute features are, yet no
 * two are equal, so nothing is constant-folded or served from a cache. Each block of {@value
 * #BLOCK} rows follows one reference row.
 */
final class InputRows {

    private static final int BLOCK = 128;
    private static final double STEP = 0.01;
    private static final double SPREAD = 0.1;

    private final float[][] rows;
    private int next;

    InputRows(List<float[]> references, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] factors = new double[references.get(0).length];
        Arrays.fill(factors, 1.0);
        rows = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] row = references.get((i / BLOCK) % references.size()).clone();
            for (int k = 0; k < row.length; k++) {
                double step = random.nextDouble(-STEP, STEP);
                factors[k] = Math.min(Math.max(factors[k] + step, 1 - SPREAD), 1 + SPREAD);
                row[k] *= (float) factors[k];
            }
            rows[i] = row;
        }
    }

    /** Returns the next row of the pool; the caller must not change it. */
    float[] next() {
        float[] row = rows[next];
        next = next + 1 == rows.length ? 0 : next + 1;
        return row;
    }

    /** Returns {@code count} consecutive rows of the pool, flattened into one array. */
    float[] batch(int count) {
        int width = rows[0].length;
        float[] flat = new float[count * width];
        for (int r = 0; r < count; r++) {
            System.arraycopy(next(), 0, flat, r * width, width);
        }
        return flat;
    }
}
