package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.model.Placement;
import java.util.List;

/**
 * One region of a placed service, resolved for a simulation.
 *
 * @param placement the placement as declared
 * @param location the cloud region, for routing distances
 * @param zones the zones pods are spread over
 * @param plan the regional Deployment: its bounds, price and autoscaler
 */
record RegionPlan(Placement placement, Region location, List<String> zones, ServicePlan plan) {}
