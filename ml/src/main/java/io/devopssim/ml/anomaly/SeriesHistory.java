package io.devopssim.ml.anomaly;

/** The latest values of a series in a ring, addressed by their index in the series. */
final class SeriesHistory {

    private final int capacity;
    private final double[] ring;
    private long size;

    SeriesHistory(int capacity) {
        this.capacity = capacity;
        this.ring = new double[capacity];
    }

    void add(double value) {
        ring[(int) (size % capacity)] = value;
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
}
