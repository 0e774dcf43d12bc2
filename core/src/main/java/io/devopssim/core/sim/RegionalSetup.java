package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.routing.RoutingConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation with placed services or failures needs besides its service plans.
 *
 * @param regions the regions of each placed service, by service index
 * @param failures what fails, on the topology of every placement and of the cluster's region
 * @param routing global routing over the regions of the multi-region services, if any
 * @param served the topology of the routed service's regions, whose zones routing checks, when
 *     there are both routing and failures
 * @param cluster the cluster's region with its zones, where failures reach the services without
 *     placements, when the model has failures and such services
 */
record RegionalSetup(
        Map<Integer, List<RegionPlan>> regions,
        Optional<FailurePlan> failures,
        Optional<RoutingConfig> routing,
        Optional<Topology> served,
        Optional<Region> cluster) {}
