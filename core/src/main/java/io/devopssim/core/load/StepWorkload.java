package io.devopssim.core.load;

/** A workload whose rate jumps from one level to another at a fixed time. */
record StepWorkload(double beforeRps, double afterRps, double atSeconds) implements Workload {

    @Override
    public double rate(double t) {
        return t < atSeconds ? beforeRps : afterRps;
    }

    @Override
    public double duration() {
        return Double.POSITIVE_INFINITY;
    }
}
