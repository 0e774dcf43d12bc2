package io.devopssim.ml.anomaly;

/**
 * The latest values of a series in a ring, addressed by their index in the series.
 *
 * <p>Each value is stored twice, at {@code i % capacity} and {@code capacity} places later, so that
 * any run of recent values is contiguous in the array. Also computes the left matrix-profile
 * distance: how far the latest subsequence is from its nearest earlier, non-overlapping match.
 */
final class SeriesHistory {

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
     */
    double nearestMatchDistance(int length, int lookBack) {
        long t = size - 1;
        long lo = Math.max(length - 1, t - lookBack);
        long hi = t - length;
        double best = Double.POSITIVE_INFINITY;
        for (long j = lo; j <= hi; j++) {
            best = Math.min(best, squaredDistance(t, j, length, best));
        }
        return Math.sqrt(best / length);
    }

    /**
     * Returns the squared distance of the subsequences ending at a and b, or more if above best.
     */
    private double squaredDistance(long a, long b, int length, double best) {
        double total = 0.0;
        for (int k = length - 1; k >= 0; k--) {
            double d = get(b - k) - get(a - k);
            total += d * d;
            if (total > best) {
                return total;
            }
        }
        return total;
    }
}
