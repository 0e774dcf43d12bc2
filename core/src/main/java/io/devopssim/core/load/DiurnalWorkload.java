package io.devopssim.core.load;

/**
 * A workload that follows a daily cosine: {@code mean * (1 + amplitude * cos(2π (t - peak) /
 * day))}.
 */
record DiurnalWorkload(double meanRps, double amplitude, double peakHour) implements Workload {

    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double RADIANS_PER_SECOND = 2 * Math.PI / SECONDS_PER_DAY;

    @Override
    public double rate(double t) {
        double sinceSeconds = t - peakHour * 3_600.0;
        return meanRps * (1 + amplitude * Math.cos(RADIANS_PER_SECOND * sinceSeconds));
    }

    @Override
    public double duration() {
        return Double.POSITIVE_INFINITY;
    }
}
