/**
 * The discrete-event kernel: simulated time, the event queue, seeded random streams and typed event
 * listeners.
 *
 * <p>{@link io.devopssim.core.kernel.SimulationKernel} is the entry point. Everything above it
 * (cluster runtime, autoscalers, failover) schedules {@link io.devopssim.core.kernel.Action}s on it
 * and publishes {@link io.devopssim.core.kernel.SimEvent}s through it.
 */
package io.devopssim.core.kernel;
