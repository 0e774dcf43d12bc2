package io.devopssim.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A pool of input rows near a model's reference inputs, handed out in turn so that no call sees the
 * same input as the one before.
 *
 * <p>Each row is a reference row with every value scaled by a random factor in [0.9, 1.1]: close
 * enough to real inputs that a tree takes realistic paths, varied enough that nothing is
 * constant-folded or served from a cache.
 */
final class InputRows {

    private final float[][] rows;
    private int next;

    InputRows(List<float[]> references, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        rows = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] row = references.get(i % references.size()).clone();
            for (int k = 0; k < row.length; k++) {
                row[k] *= (float) random.nextDouble(0.9, 1.1);
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
