package io.devopssim.core.kernel;

/**
 * Marks a typed record of something that happened in a run: a pod started, a scaling decision.
 *
 * <p>Implementations are usually records. Listeners subscribe by class through {@link
 * SimulationKernel#addListener}; a listener for a supertype or interface also receives subtypes.
 */
public interface SimEvent {

    /**
     * Returns when the event happened, in simulated seconds since the start of the run.
     *
     * @return the simulated time of the event
     */
    double time();
}
