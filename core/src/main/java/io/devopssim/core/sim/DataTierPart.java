package io.devopssim.core.sim;

/**
 * A part of the data tier that takes part in a run: the database or the cache behind the services.
 *
 * <p>Every step, before the services answer that step's requests, the run tells each part the
 * request rate of the services that use it; the part then says which share of those requests it
 * fails (a write with no primary to take it, a cache miss the database has no capacity left for). A
 * request fails if any part fails it; parts are taken as independent, so with shares {@code s_i}
 * the service loses {@code 1 - Π(1 - s_i)} of the requests it would have served.
 */
interface DataTierPart {

    /**
     * Advances the part to {@code time} and gives it the step's load.
     *
     * @param time the start of the step, in simulated seconds
     * @param requestRate requests per second arriving at the services that use the part, >= 0
     */
    void step(double time, double requestRate);

    /** Returns the share of the current step's requests this part fails, in [0, 1]. */
    double failedShare();
}
