package io.devopssim.core.discrete;

import java.util.Arrays;

/**
 * A Fenwick tree of non-negative counts over dense indices, growing on demand.
 *
 * <p>Answers prefix sums and "the k-th unit" in O(log n), so a set of VMs kept as 0/1 counts can be
 * walked in index order, or indexed by rank, without scanning the indices that are absent.
 */
final class IndexTree {

    private int[] tree;
    private int[] counts;
    private int total;

    IndexTree(int capacity) {
        int size = Math.max(16, Integer.highestOneBit(Math.max(1, capacity) - 1) << 1);
        tree = new int[size + 1];
        counts = new int[size];
    }

    int total() {
        return total;
    }

    int count(int index) {
        return index < counts.length ? counts[index] : 0;
    }

    /** Adds {@code delta} to the count at {@code index}; the count must stay at least zero. */
    void add(int index, int delta) {
        if (index >= counts.length) {
            grow(index + 1);
        }
        counts[index] += delta;
        total += delta;
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** Returns the index holding the {@code rank}-th unit, counting from 1 in index order. */
    int select(int rank) {
        int position = 0;
        int remaining = rank;
        for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>>= 1) {
            int next = position + step;
            if (next < tree.length && tree[next] < remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return position;
    }

    private void grow(int needed) {
        int size = counts.length;
        while (size < needed) {
            size = Math.multiplyExact(size, 2);
        }
        counts = Arrays.copyOf(counts, size);
        tree = new int[size + 1];
        for (int i = 1; i <= size; i++) {
            tree[i] += counts[i - 1];
            int parent = i + (i & -i);
            if (parent <= size) {
                tree[parent] += tree[i];
            }
        }
    }
}
