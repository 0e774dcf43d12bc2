package io.devopssim.core.sim;

import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.routing.RoutingConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation with placed services needs besides its service plans.
 *
 * @param regions the regions of each placed service, by service index
 * @param failures what fails, on the topology of every placement
 * @param routing global routing over the regions of the multi-region services, if any
 */
record RegionalSetup(
        Map<Integer, List<RegionPlan>> regions,
        Optional<FailurePlan> failures,
        Optional<RoutingConfig> routing) {}
