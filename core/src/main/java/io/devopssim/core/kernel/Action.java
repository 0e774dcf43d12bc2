package io.devopssim.core.kernel;

/**
 * Something that happens at a scheduled point of simulated time.
 *
 * <p>Actions run on the thread that called {@link SimulationKernel#run()} or one of its siblings,
 * one at a time, in (time, scheduling order). An action may schedule and cancel events, draw from
 * random streams and publish events; it must not call {@code run}, {@code runUntil} or {@code step}
 * on the same kernel.
 */
@FunctionalInterface
public interface Action {

    /**
     * Performs the action; {@link SimulationKernel#now()} is the event's time during the call.
     *
     * @param kernel the kernel dispatching the event
     */
    void run(SimulationKernel kernel);
}
