package io.devopssim.core.load;

/** A workload whose rate never changes. */
record ConstantWorkload(double rps) implements Workload {

    @Override
    public double rate(double t) {
        return rps;
    }

    @Override
    public double duration() {
        return Double.POSITIVE_INFINITY;
    }
}
