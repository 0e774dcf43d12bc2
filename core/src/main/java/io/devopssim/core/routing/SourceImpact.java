package io.devopssim.core.routing;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one region's failure did to one client source.
 *
 * @param source the source's name
 * @param deadShare the share of its traffic sent to the failed region, sampled over the analysis
 * @param failedRequests requests sent to the failed region while it was down
 * @param recoveredSeconds seconds from the failure until none of its traffic went there; empty if
 *     that had not happened by the end of the analysis
 * @param rttBeforeMillis its mean network round trip just before the failure
 * @param rttAfterMillis its mean round trip once moved (or at the end of the analysis)
 */
public record SourceImpact(
        String source,
        List<SharePoint> deadShare,
        double failedRequests,
        OptionalDouble recoveredSeconds,
        double rttBeforeMillis,
        double rttAfterMillis) {

    /** Checks for nulls and copies the series. */
    public SourceImpact {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recoveredSeconds, "recoveredSeconds");
        deadShare = List.copyOf(deadShare);
    }

    /**
     * Returns the extra network round trip the source's users see after moving.
     *
     * @return milliseconds, negative if the new region is nearer
     */
    public double extraRttMillis() {
        return rttAfterMillis - rttBeforeMillis;
    }
}
