package io.devopssim.core.sim;

/**
 * What one replica costs and how its run time is billed.
 *
 * @param perHour price of one replica-hour, at least 0
 * @param granularitySeconds billing increment: run time is rounded up to a multiple of it
 * @param minimumSeconds run time billed at least, however short
 * @param source where the price comes from, for reports
 */
public record ReplicaPrice(
        double perHour, long granularitySeconds, long minimumSeconds, String source) {

    /** Creates a price, checking it. */
    public ReplicaPrice {
        if (!(perHour >= 0) || Double.isInfinite(perHour)) {
            throw new IllegalArgumentException(
                    "perHour must be a finite number >= 0, was " + perHour);
        }
        if (granularitySeconds < 1 || minimumSeconds < 0) {
            throw new IllegalArgumentException(
                    "granularitySeconds must be >= 1 and minimumSeconds >= 0, were "
                            + granularitySeconds
                            + " and "
                            + minimumSeconds);
        }
    }

    /** Returns a price billed per second without a minimum, as given in a scenario. */
    public static ReplicaPrice perSecond(double perHour, String source) {
        return new ReplicaPrice(perHour, 1, 0, source);
    }

    /**
     * Returns what a replica that ran for {@code seconds} costs.
     *
     * @param seconds run time from creation to removal, at least 0
     */
    public double cost(double seconds) {
        double billed = Math.ceil(seconds / granularitySeconds) * granularitySeconds;
        return Math.max(billed, minimumSeconds) * perHour / 3600.0;
    }
}
