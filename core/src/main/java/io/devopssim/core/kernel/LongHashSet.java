package io.devopssim.core.kernel;

import java.util.Arrays;

/**
 * A set of non-negative longs with open addressing and linear probing, so lookups do not box.
 *
 * <p>Holds the ids of cancelled events until the kernel meets them at the head of the queue.
 * Removal shifts later entries of the probe run back, so no tombstones accumulate.
 */
final class LongHashSet {

    private static final long EMPTY = -1L;
    private static final int INITIAL_CAPACITY = 16;

    private long[] slots;
    private int size;

    LongHashSet() {
        slots = newSlots(INITIAL_CAPACITY);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(long key) {
        return slots[indexOf(key)] == key;
    }

    /** Adds a non-negative key; returns whether it was absent. */
    boolean add(long key) {
        int i = indexOf(key);
        if (slots[i] == key) {
            return false;
        }
        slots[i] = key;
        size++;
        if (2 * size > slots.length) {
            rehash(slots.length * 2);
        }
        return true;
    }

    /** Removes the key; returns whether it was present. */
    boolean remove(long key) {
        int i = indexOf(key);
        if (slots[i] != key) {
            return false;
        }
        slots[i] = EMPTY;
        size--;
        closeGap(i);
        return true;
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    /** Returns the slot holding the key, or the empty slot where the probe for it ends. */
    private int indexOf(long key) {
        int mask = slots.length - 1;
        int i = home(key, mask);
        while (slots[i] != EMPTY && slots[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Moves back entries after a freed slot so that every probe run stays unbroken. */
    private void closeGap(int freed) {
        int mask = slots.length - 1;
        int gap = freed;
        int i = (gap + 1) & mask;
        while (slots[i] != EMPTY) {
            int home = home(slots[i], mask);
            boolean movable = ((i - home) & mask) >= ((i - gap) & mask);
            if (movable) {
                slots[gap] = slots[i];
                slots[i] = EMPTY;
                gap = i;
            }
            i = (i + 1) & mask;
        }
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = newSlots(capacity);
        for (long key : old) {
            if (key != EMPTY) {
                slots[indexOf(key)] = key;
            }
        }
    }

    private static int home(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private static long[] newSlots(int capacity) {
        long[] slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
