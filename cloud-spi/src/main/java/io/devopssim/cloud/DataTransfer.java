package io.devopssim.cloud;

import java.util.Objects;

/**
 * What a provider charges to move data out, in US dollars per GiB.
 *
 * @param internetEgressPerGiB the price of data sent to the internet (first paid tier)
 * @param interRegionPerGiB the price of data sent to another region of the same provider
 * @param source the id of the {@link Source} the figures come from
 * @param estimate {@code true} if the figures were estimated rather than published
 */
public record DataTransfer(
        double internetEgressPerGiB, double interRegionPerGiB, String source, boolean estimate) {

    /** Checks for nulls. */
    public DataTransfer {
        Objects.requireNonNull(source, "source");
    }
}
