package io.devopssim.core.discrete;

/**
 * What one run of {@link CspAutoscaleScenario} produced by its horizon.
 *
 * @param hosts the number of hosts H
 * @param requests the requests that arrived, 240·H
 * @param finished the requests finished by the horizon (t = 3,600 s)
 * @param vmsAdded the VMs created by scale-out, not counting the 10·H initial ones
 * @param vmsDestroyed the VMs destroyed after 120 s idle
 * @param peakVms the most VMs running at once
 * @param vmsAtEnd the VMs running at the horizon
 * @param events the kernel events dispatched: completions, checks and batches, idle expiries
 */
public record CspAutoscaleOutcome(
        int hosts,
        long requests,
        long finished,
        int vmsAdded,
        int vmsDestroyed,
        int peakVms,
        int vmsAtEnd,
        long events) {}
