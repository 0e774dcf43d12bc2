package io.devopssim.core.sim;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How one failure affected a service that runs in regions: from the failure to recovery.
 *
 * <p>The recovery time objective as measured, {@code rtoSeconds}, runs from the failure to the
 * first step at which the service as a whole meets its SLO again: the surviving regions serve the
 * load within the latency and availability targets, counting requests sent to dead regions as
 * failed.
 *
 * @param failure what failed, such as {@code region-outage us-east-1}
 * @param failedRegions the service's regions the failure took down; empty for a zone outage
 * @param failedAt when it failed, in simulated seconds
 * @param recoveredAt when the failure ended; empty if it lasted past the run
 * @param detectedAt when health checks marked the first failed region unhealthy; empty without
 *     routing, for a zone outage, or if it was never detected
 * @param trafficMovedAt when no traffic went to the failed regions any more; empty if it never
 *     moved during the failure
 * @param capacityRecoveredAt the first step at which every region still up had enough ready
 *     replicas for its share of the current load once the failed regions' traffic has moved, at the
 *     HPA's target utilisation ({@link HpaTarget#utilisation}); empty if that never happened
 * @param rtoSeconds seconds from the failure until the service met its SLO again; empty if it did
 *     not by the end of the run
 * @param failedRequests requests sent to failed regions while the failure lasted
 */
public record FailoverResult(
        String failure,
        List<String> failedRegions,
        double failedAt,
        OptionalDouble recoveredAt,
        OptionalDouble detectedAt,
        OptionalDouble trafficMovedAt,
        OptionalDouble capacityRecoveredAt,
        OptionalDouble rtoSeconds,
        double failedRequests) {

    /** Copies the list. */
    public FailoverResult {
        failedRegions = List.copyOf(failedRegions);
    }
}
