/**
 * Runs a {@link io.devopssim.core.model.ClusterModel}: replays each service's load against its
 * replicas and autoscaler on the fluid data plane, and returns a {@link
 * io.devopssim.core.sim.SimulationResult}.
 *
 * <p>Start with {@link io.devopssim.core.sim.Simulation#builder}. Prices come from the cloud
 * catalogues on the class path unless a {@link io.devopssim.core.sim.Pricing} is given.
 */
package io.devopssim.core.sim;
