package io.devopssim.core.routing;

import java.util.Arrays;

/**
 * Traffic moving as each resolver's cached answer expires: a sorted array of waiting times.
 *
 * <p>{@link #movedBy} is a binary search, O(log n) in the number of resolvers.
 */
final class CacheShift implements Shift {

    private final double start;
    private final double[] sortedWaits;

    /** Takes ownership of {@code waits}, the seconds each resolver keeps the old answer. */
    CacheShift(double start, double[] waits) {
        this.start = start;
        this.sortedWaits = waits;
        Arrays.sort(sortedWaits);
    }

    @Override
    public double start() {
        return start;
    }

    @Override
    public double movedBy(double time) {
        double waited = time - start;
        if (waited < 0) {
            return 0;
        }
        return (double) countAtMost(waited) / sortedWaits.length;
    }

    @Override
    public double doneAt() {
        return start + sortedWaits[sortedWaits.length - 1];
    }

    /** Returns how many waits are at most {@code waited}. */
    private int countAtMost(double waited) {
        int lo = 0;
        int hi = sortedWaits.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedWaits[mid] <= waited) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
