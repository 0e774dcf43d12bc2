package io.devopssim.ml.anomaly;

/**
 * The latest values of a series in a ring, addressed by their index in the series.
 *
 * <p>Each value is stored twice, at {@code i % capacity} and {@code capacity} places later, so that
 * any run of recent values is contiguous in the array. Also computes the left matrix-profile
 * distance: how far the latest subsequence is from its nearest earlier, non-overlapping match.
 */
final class SeriesHistory {

    /** Candidate subsequences compared side by side in the matrix-profile search. */
    private static final int LANES = 8;

    private final int capacity;
    private final double[] ring;
    private long size;

    SeriesHistory(int capacity) {
        this.capacity = capacity;
        this.ring = new double[2 * capacity];
    }

    void add(double value) {
        int at = (int) (size % capacity);
        ring[at] = value;
        ring[at + capacity] = value;
        size++;
    }

    /** Returns how many values were added. */
    long size() {
        return size;
    }

    /** Returns the value at {@code index}, one of the last {@code capacity} added. */
    double get(long index) {
        return ring[(int) (index % capacity)];
    }

    /**
     * Returns the root-mean-square distance of the last {@code length} values to the nearest
     * earlier subsequence ending at most {@code length} points before the last one and at most
     * {@code lookBack} points back; infinity when there is none.
     *
     * <p>Each candidate's squared distance is summed oldest value first and abandoned once it
     * exceeds the best so far. Partial sums of non-negative terms only grow, so an abandoned
     * candidate can never be the nearest: the result is the minimum of the complete sums, whatever
     * order the candidates are compared in. Eight candidates are compared side by side, so that
     * their sums do not wait on each other.
     *
     * @throws IllegalArgumentException if the values compared reach back beyond the capacity
     */
    double nearestMatchDistance(int length, int lookBack) {
        long t = size - 1;
        long lo = Math.max(length - 1, t - lookBack);
        long hi = t - length;
        if (hi < lo) {
            return Double.POSITIVE_INFINITY;
        }
        checkReach(t - lo + length, length, lookBack);
        int first = start(lo, length);
        int latest = start(t, length);
        int candidates = (int) (hi - lo + 1);
        double best = Double.POSITIVE_INFINITY;
        int c = 0;
        for (; c + LANES <= candidates; c += LANES) {
            best = Math.min(best, nearestOfEight(first + c, latest, length, best));
        }
        for (; c < candidates; c++) {
            best = Math.min(best, squaredDistance(first + c, latest, length, best));
        }
        return Math.sqrt(best / length);
    }

    private void checkReach(long reach, int length, int lookBack) {
        if (reach > capacity) {
            throw new IllegalArgumentException(
                    "lookBack "
                            + lookBack
                            + " and length "
                            + length
                            + " reach "
                            + reach
                            + " values back; expected at most the capacity "
                            + capacity);
        }
    }

    /**
     * Returns the ring position where the subsequence of {@code length} values ending at {@code
     * end} starts; it continues contiguously in the doubled ring.
     */
    private int start(long end, int length) {
        return (int) ((end - length + 1) % capacity);
    }

    /**
     * Returns the smallest squared distance of the latest subsequence, at {@code a}, to the eight
     * starting at {@code b} to {@code b + 7}, or more than best if all eight exceed it.
     */
    private double nearestOfEight(int b, int a, int length, double best) {
        double t0 = 0.0;
        double t1 = 0.0;
        double t2 = 0.0;
        double t3 = 0.0;
        double t4 = 0.0;
        double t5 = 0.0;
        double t6 = 0.0;
        double t7 = 0.0;
        double smallest = 0.0;
        for (int i = 0; i < length && smallest <= best; i++) {
            double x = ring[a + i];
            int p = b + i;
            t0 += square(ring[p] - x);
            t1 += square(ring[p + 1] - x);
            t2 += square(ring[p + 2] - x);
            t3 += square(ring[p + 3] - x);
            t4 += square(ring[p + 4] - x);
            t5 += square(ring[p + 5] - x);
            t6 += square(ring[p + 6] - x);
            t7 += square(ring[p + 7] - x);
            smallest =
                    Math.min(
                            Math.min(Math.min(t0, t1), Math.min(t2, t3)),
                            Math.min(Math.min(t4, t5), Math.min(t6, t7)));
        }
        return smallest;
    }

    /**
     * Returns the squared distance of the subsequences starting at ring positions a and b, or more
     * if above best.
     */
    private double squaredDistance(int b, int a, int length, double best) {
        double total = 0.0;
        for (int i = 0; i < length && total <= best; i++) {
            total += square(ring[b + i] - ring[a + i]);
        }
        return total;
    }

    private static double square(double d) {
        return d * d;
    }
}
