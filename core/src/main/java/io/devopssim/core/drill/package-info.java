/**
 * Failure drills: a region of a multi-region scenario dies, and the simulated failover is set next
 * to the {@link io.devopssim.core.failover.FailoverPlanner}'s prediction.
 *
 * <p>{@link io.devopssim.core.drill.Drill} turns a scenario's {@code drill} section into a
 * scheduled region outage (at the busiest hour of the trace unless a time is given), {@link
 * io.devopssim.core.drill.DrillWorld} derives the planner's world from the model and a run, and
 * {@link io.devopssim.core.drill.DrillSummary} renders the result.
 */
package io.devopssim.core.drill;
