package io.devopssim.cloud;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The hourly price of one instance type in one region, in US dollars.
 *
 * @param onDemandPerHour the on-demand (Linux) price per hour
 * @param spotPerHour the spot or preemptible price per hour, if the data has one
 * @param source the id of the {@link Source} the figure comes from
 * @param estimate {@code true} if the figure was estimated rather than published
 */
public record Price(
        double onDemandPerHour, OptionalDouble spotPerHour, String source, boolean estimate) {

    /** Checks for nulls. */
    public Price {
        Objects.requireNonNull(spotPerHour, "spotPerHour");
        Objects.requireNonNull(source, "source");
    }
}
