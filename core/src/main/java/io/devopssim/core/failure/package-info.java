/**
 * Failures of pods, nodes, zones, regions and whole clouds, scheduled or drawn from MTBF and MTTR.
 *
 * <p>{@link io.devopssim.core.failure.Topology} places pods on nodes in zones of regions of clouds;
 * {@link io.devopssim.core.failure.FailurePlan} says what fails; {@link
 * io.devopssim.core.failure.FailureInjector} makes it happen on a kernel, publishing {@link
 * io.devopssim.core.failure.FailureStarted} and {@link io.devopssim.core.failure.FailureRecovered}.
 */
package io.devopssim.core.failure;
