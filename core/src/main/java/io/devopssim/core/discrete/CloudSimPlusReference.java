package io.devopssim.core.discrete;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome and cost CloudSim Plus 8.5.5 recorded on CSP-AUTOSCALE-1H for one fleet size.
 *
 * <p>From the benchmark's description (docs/csp-autoscale-benchmark.md): deterministic outcomes for
 * H = 10, 100 and 1,000, and main-thread CPU seconds on a quiet 2-core machine. H = 10,000 did not
 * finish.
 *
 * @param hosts the number of hosts H
 * @param requests the requests that arrived
 * @param finished the requests finished by t = 3,600 s
 * @param vmsAdded the VMs added by scale-out
 * @param cpuSeconds the main-thread CPU seconds of the run
 */
public record CloudSimPlusReference(
        int hosts, long requests, long finished, int vmsAdded, OptionalDouble cpuSeconds) {

    /**
     * Returns the reference for {@code hosts}, if CloudSim Plus's outcome for it is known.
     *
     * @param hosts the number of hosts H
     * @return the reference for H = 10, 100 or 1,000; empty otherwise
     */
    public static Optional<CloudSimPlusReference> forHosts(int hosts) {
        return switch (hosts) {
            case 10 -> Optional.of(of(10, 2_255, 249, 1.2));
            case 100 -> Optional.of(of(100, 22_549, 2_551, 5.7));
            case 1_000 -> Optional.of(of(1_000, 225_493, 25_540, 391));
            default -> Optional.empty();
        };
    }

    private static CloudSimPlusReference of(int hosts, long finished, int added, double cpu) {
        return new CloudSimPlusReference(
                hosts, 240L * hosts, finished, added, OptionalDouble.of(cpu));
    }
}
