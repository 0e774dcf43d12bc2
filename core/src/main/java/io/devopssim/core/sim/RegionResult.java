package io.devopssim.core.sim;

import java.util.List;
import java.util.Optional;

/**
 * What happened in one region of a service that runs in several: traffic, replicas and cost.
 *
 * @param provider the cloud provider's id
 * @param region the region's id
 * @param zones the zones its pods were spread over
 * @param instanceType the instance type one replica runs on
 * @param price the price of a replica in this region
 * @param requests requests routed to the region, including those that failed with it
 * @param servedRequests requests it served
 * @param droppedRequests requests it dropped for lack of capacity or that timed out waiting
 * @param failedByOutageRequests requests routed to it while it was down: neither served nor dropped
 *     by queueing
 * @param failedByDataTierRequests requests it would have served that the data tier failed, such as
 *     writes while the database had no primary; 0 without a data tier
 * @param meanNetworkMillis the mean network round trip of its requests from their clients, NaN
 *     without routing or requests
 * @param replicaSeconds integral of its placed replicas over time
 * @param peakReplicas the largest count of its placed replicas
 * @param cost what its replicas cost at this region's price
 * @param decisions its autoscaler's changes of the replica count, in time order
 * @param series its state at every step, if recording was on
 * @param podCrashes how many of its pods' containers crashed (pod-crash failures)
 */
public record RegionResult(
        String provider,
        String region,
        List<String> zones,
        String instanceType,
        ReplicaPrice price,
        double requests,
        double servedRequests,
        double droppedRequests,
        double failedByOutageRequests,
        double failedByDataTierRequests,
        double meanNetworkMillis,
        double replicaSeconds,
        int peakReplicas,
        double cost,
        List<ScalingDecision> decisions,
        Optional<TimeSeries> series,
        int podCrashes) {

    /** Copies the lists. */
    public RegionResult {
        zones = List.copyOf(zones);
        decisions = List.copyOf(decisions);
    }
}
