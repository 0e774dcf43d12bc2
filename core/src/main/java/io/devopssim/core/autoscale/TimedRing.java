package io.devopssim.core.autoscale;

/**
 * Keeps timestamped integers (recommendations, scale events) in primitive arrays, oldest first.
 *
 * <p>Times must be added in non-decreasing order, so entries that fall out of a look-back window
 * always sit at the head and are dropped there. The arrays grow only when more entries are live at
 * once than ever before, which a fixed sync period bounds; steady state allocates nothing.
 */
final class TimedRing {

    private double[] times;
    private int[] values;
    private int head;
    private int size;

    /** Creates a ring that holds {@code capacity} entries before it first grows. */
    TimedRing(int capacity) {
        int cap = Math.max(4, capacity);
        times = new double[cap];
        values = new int[cap];
    }

    /** Appends an entry; {@code time} must not be earlier than the newest entry. */
    void add(double time, int value) {
        if (size == times.length) {
            grow();
        }
        int slot = (head + size) % times.length;
        times[slot] = time;
        values[slot] = value;
        size++;
    }

    /** Drops the oldest entries while their time is strictly before {@code cutoff}. */
    void dropBefore(double cutoff) {
        while (size > 0 && times[head] < cutoff) {
            pop();
        }
    }

    /** Drops the oldest entries while their time is at or before {@code cutoff}. */
    void dropUpTo(double cutoff) {
        while (size > 0 && times[head] <= cutoff) {
            pop();
        }
    }

    /** Returns the number of entries held. */
    int size() {
        return size;
    }

    /** Returns the time of the {@code i}-th oldest entry. */
    double time(int i) {
        return times[(head + i) % times.length];
    }

    /** Returns the value of the {@code i}-th oldest entry. */
    int value(int i) {
        return values[(head + i) % values.length];
    }

    /** Returns the largest value held, or {@code floor} if it is larger or the ring is empty. */
    int maxValue(int floor) {
        int max = floor;
        int firstEnd = Math.min(head + size, values.length);
        for (int slot = head; slot < firstEnd; slot++) {
            max = Math.max(max, values[slot]);
        }
        int wrapped = head + size - values.length;
        for (int slot = 0; slot < wrapped; slot++) {
            max = Math.max(max, values[slot]);
        }
        return max;
    }

    /** Returns the sum of the values whose time is strictly after {@code cutoff}. */
    int sumAfter(double cutoff) {
        int sum = 0;
        for (int i = 0; i < size; i++) {
            if (time(i) > cutoff) {
                sum += value(i);
            }
        }
        return sum;
    }

    private void pop() {
        head = (head + 1) % times.length;
        size--;
    }

    private void grow() {
        int cap = times.length * 2;
        double[] t = new double[cap];
        int[] v = new int[cap];
        for (int i = 0; i < size; i++) {
            t[i] = time(i);
            v[i] = value(i);
        }
        times = t;
        values = v;
        head = 0;
    }
}
