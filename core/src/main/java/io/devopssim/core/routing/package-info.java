/**
 * Global traffic routing across regions and how it fails over: GeoDNS, weighted DNS and anycast.
 *
 * <p>{@link io.devopssim.core.routing.RoutingConfig} describes client sources, serving regions, the
 * policy, health checks and DNS caching; {@link io.devopssim.core.routing.GlobalRouting} follows
 * region failures on a {@link io.devopssim.core.kernel.SimulationKernel} and reports what they did
 * ({@link io.devopssim.core.routing.FailoverReport}).
 */
package io.devopssim.core.routing;
