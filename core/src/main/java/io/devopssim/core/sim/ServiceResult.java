package io.devopssim.core.sim;

import io.devopssim.core.anomaly.AnomalyAlert;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one service during a run: traffic, SLO, replicas, cost and decisions.
 *
 * @param name the service's name
 * @param provider the cloud provider's id; for a placed service, that of its first region
 * @param region the provider's region; for a placed service, its first region ({@link #regions}
 *     lists them all)
 * @param instanceType the instance type one replica runs on; for a placed service, the first
 *     region's
 * @param price the price used for its replicas; for a placed service, the first region's
 * @param arrivedRequests requests that arrived (trace gaps excluded)
 * @param servedRequests requests that were served
 * @param droppedRequests requests dropped for lack of capacity or timed out while waiting
 * @param availability share of arrived requests that were served; NaN with no requests
 * @param latencyAttainment share of arrived requests served faster than the SLO threshold
 * @param sloViolatedSeconds simulated time during which a step missed the SLO
 * @param gapSeconds simulated time for which the trace had no data
 * @param latency response-time percentiles over the run
 * @param replicaSeconds integral of the replica count over time
 * @param peakReplicas the largest replica count
 * @param cost what the replicas cost, billed per replica as the price says
 * @param decisions every change of the replica count, in time order
 * @param series the state at every step, if recording was on
 * @param alerts the anomaly alerts raised on this service's metrics, in time order
 * @param regions one result per placement, in placement order; empty for a service without
 *     placements. For a placed service the totals above add up the regions; arrived requests
 *     include those that failed with a dead region, and the series is the service's total
 * @param failovers one result per failure that touched the service's regions or zones
 * @param failedByDataTierRequests requests it would have served that the data tier failed, such as
 *     writes while the database had no primary; neither served nor dropped, 0 without a data tier
 */
public record ServiceResult(
        String name,
        String provider,
        String region,
        String instanceType,
        ReplicaPrice price,
        double arrivedRequests,
        double servedRequests,
        double droppedRequests,
        double availability,
        double latencyAttainment,
        double sloViolatedSeconds,
        double gapSeconds,
        LatencySummary latency,
        double replicaSeconds,
        int peakReplicas,
        double cost,
        List<ScalingDecision> decisions,
        Optional<TimeSeries> series,
        List<AnomalyAlert> alerts,
        List<RegionResult> regions,
        List<FailoverResult> failovers,
        double failedByDataTierRequests) {

    /** Creates a result, copying the lists. */
    public ServiceResult {
        decisions = List.copyOf(decisions);
        alerts = List.copyOf(alerts);
        regions = List.copyOf(regions);
        failovers = List.copyOf(failovers);
    }

    /** Returns how many containers of the service's pods crashed, over its regions. */
    public int podCrashes() {
        return regions.stream().mapToInt(RegionResult::podCrashes).sum();
    }

    /** Returns requests that failed because they were routed to a dead region. */
    public double failedByOutageRequests() {
        return regions.stream().mapToDouble(RegionResult::failedByOutageRequests).sum();
    }
}
