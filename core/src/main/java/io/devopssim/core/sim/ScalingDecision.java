package io.devopssim.core.sim;

import io.devopssim.core.kernel.SimEvent;

/**
 * Records that an autoscaler changed a service's replica count, and why.
 *
 * @param time simulated seconds since the start of the run
 * @param service the service's name
 * @param from replicas before the decision
 * @param to replicas after it
 * @param reason the autoscaler's explanation
 */
public record ScalingDecision(double time, String service, int from, int to, String reason)
        implements SimEvent {}
