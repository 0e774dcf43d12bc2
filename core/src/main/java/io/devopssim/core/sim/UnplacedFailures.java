package io.devopssim.core.sim;

import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailureEvent;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;

/**
 * Makes failures reach a service without placements, which runs on every zone of the cluster's
 * region.
 *
 * <p>Its pods are spread over the zones the cloud catalogue lists for the model's region, as for a
 * placement without zones. A failure taking zones down (a zone, region or cloud outage) removes the
 * pods there at once and the ReplicaSet recreates them in the zones still up, through the normal
 * start-up path, or when one is up again. Pod crashes are armed as for a placed service, from the
 * stream {@code failure/pod-crash/<service>/<region>}.
 *
 * <p><b>Limitations.</b> Such a service has no routing: while every zone is down its requests
 * arrive at an empty queue and are counted as dropped, not as failed by outage, and it has no
 * {@code failovers} entries in its result.
 */
final class UnplacedFailures {

    private final ServiceRuntime runtime;

    private UnplacedFailures(ServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Follows the kernel's failure events for the runtime, whose zone placer holds the cluster
     * region's zones, and arms its pod crashes; call before the runtime starts.
     */
    static void follow(
            ServiceRuntime runtime,
            String service,
            String region,
            FailurePlan plan,
            List<ScheduledFailure> scheduled,
            SimulationKernel kernel) {
        UnplacedFailures follower = new UnplacedFailures(runtime);
        kernel.addListener(FailureEvent.class, follower::changed);
        List<ScheduledFailure> aimed = PodCrashSetup.aimedAt(scheduled, service, region, true);
        String stream = "failure/pod-crash/" + service + "/" + region;
        PodCrashSetup.arm(runtime, region, plan, aimed, stream, kernel);
    }

    private void changed(FailureEvent e) {
        boolean isDown = e instanceof FailureStarted;
        boolean touched = false;
        for (Component c : e.changed()) {
            if (c.level() == Level.ZONE || c.level() == Level.NODE) {
                touched |= runtime.zones().mark(c.name(), isDown);
            }
        }
        if (touched) {
            runtime.reconcileZones(e.time());
        }
    }
}
