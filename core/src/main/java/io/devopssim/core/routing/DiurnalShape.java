package io.devopssim.core.routing;

/**
 * A daily cosine of traffic by local time: {@code 1 + amplitude × cos(2π (hour − peak) / 24)}.
 *
 * <p>The factor averages 1 over a day, so a source's share is its share of daily traffic.
 *
 * @param amplitude how far the rate swings around its mean, in [0, 1]; 0 is flat
 * @param peakLocalHour the local hour of the daily peak, in [0, 24)
 */
public record DiurnalShape(double amplitude, double peakLocalHour) {

    private static final double HOURS_PER_DAY = 24.0;

    /**
     * Returns a shape with no daily swing.
     *
     * @return the flat shape
     */
    public static DiurnalShape flat() {
        return new DiurnalShape(0, 12);
    }

    /**
     * Returns the rate factor at a local time of day.
     *
     * @param localHour hours since local midnight, fractional
     * @return the factor, in [1 − amplitude, 1 + amplitude]
     */
    public double factor(double localHour) {
        double radians = 2 * Math.PI * (localHour - peakLocalHour) / HOURS_PER_DAY;
        return 1 + amplitude * Math.cos(radians);
    }
}
