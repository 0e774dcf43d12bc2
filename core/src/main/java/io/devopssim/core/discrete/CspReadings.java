package io.devopssim.core.discrete;

/**
 * Which reading of the open points of CSP-AUTOSCALE-1H a run uses; the alternatives are kept so
 * that the comparison in docs/csp-autoscale-benchmark.md can be reproduced.
 *
 * @param checkSeesArrivals the 30-s check runs after that instant's batch is routed, not before
 * @param checkSeesCompletions the 30-s instant (batch and check) is handled after the completions
 *     and idle expiries due at that instant, not before them
 * @param idleFromStart a VM that never ran a request is destroyed 120 s after its start
 */
record CspReadings(boolean checkSeesArrivals, boolean checkSeesCompletions, boolean idleFromStart) {

    /** The reading {@link CspAutoscaleScenario} documents and runs. */
    static final CspReadings CHOSEN = new CspReadings(true, false, true);
}
