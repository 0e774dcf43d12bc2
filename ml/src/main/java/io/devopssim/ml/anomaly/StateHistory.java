package io.devopssim.ml.anomaly;

/**
 * The latest LSTM states of a series in a ring, with the distance to the nearest earlier state.
 *
 * <p>The distance is a matrix profile in the LSTM's learned embedding instead of on the raw values:
 * how far the latest state is from the nearest state at least {@code exclusion} and at most {@code
 * lookBack} states earlier. Mirrors {@code detector.state_distances} of the training scripts.
 */
final class StateHistory {

    private static final int BLOCK = 8;

    private final int capacity;
    private final int dimension;
    private final float[] ring;
    private long size;

    StateHistory(int capacity, int dimension) {
        this.capacity = capacity;
        this.dimension = dimension;
        this.ring = new float[capacity * dimension];
    }

    void add(float[] state) {
        System.arraycopy(state, 0, ring, offset(size), dimension);
        size++;
    }

    /** Returns how many states were added. */
    long size() {
        return size;
    }

    /**
     * Returns the root-mean-square distance (over the state's values) of the last state to the
     * nearest one added at least {@code exclusion} and at most {@code lookBack} states before it;
     * infinity when there is none. {@code lookBack} must be below the capacity.
     */
    double nearestDistance(int exclusion, int lookBack) {
        long last = size - 1;
        long first = Math.max(0, last - lookBack);
        int candidates = (int) (last - exclusion - first + 1);
        int latest = offset(last);
        int at = offset(first);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates; i++) {
            best = Math.min(best, squaredDistance(latest, at, best));
            at += dimension;
            if (at == ring.length) {
                at = 0;
            }
        }
        return Math.sqrt(best / dimension);
    }

    private int offset(long index) {
        return (int) (index % capacity) * dimension;
    }

    /**
     * Returns the squared distance of the states at two offsets, or more if above best.
     *
     * <p>The sum runs in index order, so a full sum is the same to the bit whatever the block size;
     * it is compared with {@code best} once per block of {@value #BLOCK} values, not per value.
     */
    private double squaredDistance(int a, int b, double best) {
        double total = 0.0;
        int k = 0;
        for (int end = BLOCK; end <= dimension; end += BLOCK) {
            for (; k < end; k++) {
                double d = (double) ring[b + k] - ring[a + k];
                total += d * d;
            }
            if (total > best) {
                return total;
            }
        }
        for (; k < dimension; k++) {
            double d = (double) ring[b + k] - ring[a + k];
            total += d * d;
        }
        return total;
    }
}
