/**
 * Plans and verifies multi-region failover: detection, traffic shift, database promotion, capacity.
 *
 * <p>{@link io.devopssim.core.failover.FailoverPlanner} works on a {@link
 * io.devopssim.core.failover.FailoverTopology}: the serving regions and their replicas, global
 * routing ({@code core.routing}), the PostgreSQL cluster and its WAL archive ({@code
 * core.datatier}). A plan is analytic, from the settings' formulas; {@code verify} replays the
 * failure on the {@code SimulationKernel} with the real component models and compares. {@link
 * io.devopssim.core.failover.FailoverPlanJson} writes plans as JSON and as Kubernetes {@code
 * FailoverPlan} custom resources.
 */
package io.devopssim.core.failover;
