package io.devopssim.core.load;

/** A workload at a base rate with one rectangular spike over {@code [start, start + duration)}. */
record SpikeWorkload(double baseRps, double peakRps, double startSeconds, double durationSeconds)
        implements Workload {

    @Override
    public double rate(double t) {
        return t >= startSeconds && t - startSeconds < durationSeconds ? peakRps : baseRps;
    }

    @Override
    public double duration() {
        return Double.POSITIVE_INFINITY;
    }
}
