package io.devopssim.core.sim;

import java.util.Arrays;

/**
 * Holds the pods of one service in primitive arrays, with O(1) insertion and removal.
 *
 * <p>A pod lives in a slot that does not move while it exists, so scheduled events can refer to it
 * by slot and id; {@code live} lists the occupied slots densely so that pods can be addressed by
 * position {@code 0 .. size()-1}, as {@link io.devopssim.core.autoscale.ScalingInput} does.
 */
final class PodTable {

    private long[] ids;
    private double[] createdAt;
    private double[] startAt;
    private double[] readyAt;
    private boolean[] started;
    private boolean[] ready;
    private int[] zones;
    private long[] crashEvents;
    private int[] live;
    private int[] position;
    private int[] free;
    private int freeCount;
    private int size;
    private int slots;
    private long nextId = 1;

    PodTable(int initialCapacity) {
        int capacity = Math.max(4, initialCapacity);
        ids = new long[capacity];
        createdAt = new double[capacity];
        startAt = new double[capacity];
        readyAt = new double[capacity];
        started = new boolean[capacity];
        ready = new boolean[capacity];
        zones = new int[capacity];
        crashEvents = new long[capacity];
        live = new int[capacity];
        position = new int[capacity];
        free = new int[capacity];
    }

    /** Adds a pending pod and returns its slot. */
    int add(double now, double startTime, double readyTime) {
        return add(now, startTime, readyTime, 0);
    }

    /** Adds a pending pod in a zone, by the zone's index, and returns its slot. */
    int add(double now, double startTime, double readyTime, int zone) {
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        ids[slot] = nextId++;
        createdAt[slot] = now;
        startAt[slot] = startTime;
        readyAt[slot] = readyTime;
        started[slot] = false;
        ready[slot] = false;
        zones[slot] = zone;
        crashEvents[slot] = -1;
        position[slot] = size;
        live[size++] = slot;
        return slot;
    }

    /** Removes the pod in {@code slot}; positions of other pods may change. */
    void remove(int slot) {
        int pos = position[slot];
        int last = live[--size];
        live[pos] = last;
        position[last] = pos;
        ids[slot] = 0;
        free[freeCount++] = slot;
    }

    private int newSlot() {
        if (slots == ids.length) {
            grow();
        }
        return slots++;
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        createdAt = Arrays.copyOf(createdAt, capacity);
        startAt = Arrays.copyOf(startAt, capacity);
        readyAt = Arrays.copyOf(readyAt, capacity);
        started = Arrays.copyOf(started, capacity);
        ready = Arrays.copyOf(ready, capacity);
        zones = Arrays.copyOf(zones, capacity);
        crashEvents = Arrays.copyOf(crashEvents, capacity);
        live = Arrays.copyOf(live, capacity);
        position = Arrays.copyOf(position, capacity);
        free = Arrays.copyOf(free, capacity);
    }

    int size() {
        return size;
    }

    int slotAt(int pos) {
        return live[pos];
    }

    long id(int slot) {
        return ids[slot];
    }

    double createdAt(int slot) {
        return createdAt[slot];
    }

    double startAt(int slot) {
        return startAt[slot];
    }

    double readyAt(int slot) {
        return readyAt[slot];
    }

    int zone(int slot) {
        return zones[slot];
    }

    boolean started(int slot) {
        return started[slot];
    }

    boolean ready(int slot) {
        return ready[slot];
    }

    void markStarted(int slot) {
        started[slot] = true;
    }

    void markReady(int slot) {
        ready[slot] = true;
    }

    /**
     * Restarts the container of the pod in {@code slot}: not started and not ready, with new
     * start-up and readiness times; the pod keeps its slot, zone and creation time but gets a new
     * id, so events scheduled for its previous container find nothing.
     */
    void restart(int slot, double startTime, double readyTime) {
        ids[slot] = nextId++;
        startAt[slot] = startTime;
        readyAt[slot] = readyTime;
        started[slot] = false;
        ready[slot] = false;
        crashEvents[slot] = -1;
    }

    /** Returns the kernel id of the pod's pending crash, or -1 without one. */
    long crashEvent(int slot) {
        return crashEvents[slot];
    }

    void crashEvent(int slot, long eventId) {
        crashEvents[slot] = eventId;
    }

    /**
     * Returns the slot a ReplicaSet removes first: a pending pod (the newest), then a started but
     * not ready one (the latest started), then the ready one that became ready last.
     */
    int removalVictim() {
        int best = slotAt(0);
        for (int pos = 1; pos < size(); pos++) {
            int slot = slotAt(pos);
            if (removalRank(slot) > removalRank(best)) {
                best = slot;
            }
        }
        return best;
    }

    private double removalRank(int slot) {
        if (!started(slot)) {
            return 3e12 + createdAt(slot);
        }
        if (!ready(slot)) {
            return 2e12 + startAt(slot);
        }
        return readyAt(slot);
    }

    /** Returns the slot of the newest pod by creation time whose container runs, or -1. */
    int newestStarted() {
        int newest = -1;
        for (int pos = 0; pos < size(); pos++) {
            int slot = slotAt(pos);
            if (started(slot) && (newest < 0 || createdAt(slot) > createdAt(newest))) {
                newest = slot;
            }
        }
        return newest;
    }
}
