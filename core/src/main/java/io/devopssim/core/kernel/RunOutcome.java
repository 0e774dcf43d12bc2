package io.devopssim.core.kernel;

/** Says how a call to {@link SimulationKernel#run()} or {@link SimulationKernel#runUntil} ended. */
public enum RunOutcome {

    /**
     * The run dispatched every event it was asked to: the queue drained or the horizon was reached.
     */
    COMPLETED,

    /**
     * The run stopped early because {@link SimulationKernel#cancelRun()} was called; events may
     * remain pending and simulated time stays at the last dispatched event.
     */
    CANCELLED
}
