package io.devopssim.core.kernel;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * A 4-ary min-heap of pending events ordered by (time, sequence number), kept in parallel arrays.
 *
 * <p>Adding and removing cost O(log n) and allocate nothing except when the arrays double. A 4-ary
 * heap is shallower than a binary one and keeps a node's children next to each other, so large
 * queues touch fewer cache lines per operation. Sequence numbers are unique, so the order is total.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 64;

    private double[] times;
    private long[] seqs;
    private Object[] actions;
    private int size;

    EventQueue() {
        times = new double[INITIAL_CAPACITY];
        seqs = new long[INITIAL_CAPACITY];
        actions = new Object[INITIAL_CAPACITY];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Returns the time of the first event; the queue must not be empty. */
    double peekTime() {
        return times[0];
    }

    /** Returns the sequence number of the first event; the queue must not be empty. */
    long peekSeq() {
        return seqs[0];
    }

    void add(double time, long seq, Object action) {
        if (size == times.length) {
            grow();
        }
        siftUp(size++, time, seq, action);
    }

    /** Removes the first event and returns its action; the queue must not be empty. */
    Object poll() {
        Object first = actions[0];
        int last = --size;
        double time = times[last];
        long seq = seqs[last];
        Object action = actions[last];
        actions[last] = null;
        if (last > 0) {
            siftDown(0, time, seq, action);
        }
        return first;
    }

    /** Removes every event whose sequence number matches, in O(n), and restores the heap. */
    void removeIf(LongPredicate seqMatches) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!seqMatches.test(seqs[i])) {
                times[kept] = times[i];
                seqs[kept] = seqs[i];
                actions[kept] = actions[i];
                kept++;
            }
        }
        Arrays.fill(actions, kept, size, null);
        size = kept;
        heapify();
    }

    private void heapify() {
        if (size < 2) {
            return;
        }
        for (int i = (size - 2) / 4; i >= 0; i--) {
            siftDown(i, times[i], seqs[i], actions[i]);
        }
    }

    private void siftUp(int start, double time, long seq, Object action) {
        int i = start;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!precedes(time, seq, times[parent], seqs[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, time, seq, action);
    }

    private void siftDown(int start, double time, long seq, Object action) {
        int i = start;
        int first = 4 * i + 1;
        while (first < size) {
            int child = earliestChild(first);
            if (!precedes(times[child], seqs[child], time, seq)) {
                break;
            }
            move(child, i);
            i = child;
            first = 4 * i + 1;
        }
        set(i, time, seq, action);
    }

    private int earliestChild(int first) {
        int end = Math.min(first + 4, size);
        int best = first;
        for (int c = first + 1; c < end; c++) {
            if (precedes(times[c], seqs[c], times[best], seqs[best])) {
                best = c;
            }
        }
        return best;
    }

    private static boolean precedes(double time, long seq, double otherTime, long otherSeq) {
        return time < otherTime || (time == otherTime && seq < otherSeq);
    }

    private void move(int from, int to) {
        set(to, times[from], seqs[from], actions[from]);
    }

    private void set(int i, double time, long seq, Object action) {
        times[i] = time;
        seqs[i] = seq;
        actions[i] = action;
    }

    private void grow() {
        int capacity = Math.multiplyExact(times.length, 2);
        times = Arrays.copyOf(times, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
        actions = Arrays.copyOf(actions, capacity);
    }
}
