package io.devopssim.core.sim;

import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;

/** Arms the pod crashes of one service in one region: random by location, and scheduled. */
final class PodCrashSetup {

    private PodCrashSetup() {}

    /**
     * Makes the containers of the runtime's pods crash as the plan's random pod-crash entries say
     * (the first entry whose scope covers a zone or node sets its MTBF there), and schedules the
     * given scheduled crashes; call before the runtime starts.
     *
     * @param stream the random stream of the crashes, {@code failure/pod-crash/<service>/<region>}
     */
    static void arm(
            ServiceRuntime runtime,
            String region,
            FailurePlan plan,
            List<ScheduledFailure> scheduled,
            String stream,
            SimulationKernel kernel) {
        List<RandomFailures> specs =
                plan.random().stream().filter(f -> f.kind() == FailureKind.POD_CRASH).toList();
        ZonePlacer placer = runtime.zones();
        double[] mtbf = new double[placer.size()];
        boolean any = false;
        for (int z = 0; z < mtbf.length; z++) {
            mtbf[z] = mtbfAt(plan.topology(), specs, placer.name(z));
            any |= !Double.isNaN(mtbf[z]);
        }
        if (any || !scheduled.isEmpty()) {
            PodCrashes crashes = new PodCrashes(mtbf, plan.horizonSeconds(), kernel.random(stream));
            runtime.crashPods(crashes, region);
        }
        for (ScheduledFailure f : scheduled) {
            kernel.scheduleAt(f.atSeconds(), k -> runtime.crashNewest(f.count(), k.now()));
        }
    }

    /** Returns the MTBF of the first entry whose scope holds the zone or node, or NaN. */
    private static double mtbfAt(Topology topology, List<RandomFailures> specs, String location) {
        for (RandomFailures f : specs) {
            if (f.scope().isEmpty()) {
                return f.mtbfSeconds();
            }
            for (Component c : topology.subtree(f.scope().get())) {
                boolean place = c.level() == Level.ZONE || c.level() == Level.NODE;
                if (place && c.name().equals(location)) {
                    return f.mtbfSeconds();
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Returns the scheduled pod crashes aimed at {@code <service>/<region>}, or {@code service}.
     */
    static List<ScheduledFailure> aimedAt(
            List<ScheduledFailure> failures, String service, String region, boolean onlyRegion) {
        String regional = service + "/" + region;
        return failures.stream()
                .filter(f -> f.kind() == FailureKind.POD_CRASH)
                .filter(
                        f ->
                                f.target().equals(regional)
                                        || onlyRegion && f.target().equals(service))
                .toList();
    }
}
