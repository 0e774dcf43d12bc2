package io.devopssim.core.drill;

import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.sim.FailoverResult;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a failure drill did in the simulation, next to what the planner predicted for it.
 *
 * <p>Times are seconds after the run's start unless named {@code ...Seconds} (after the failure).
 *
 * @param spec the drill as the scenario gives it
 * @param failureAt when the region died
 * @param hour the busiest hour of the trace
 * @param service the service whose failover is reported
 * @param simulated the simulated failover of the service's regions
 * @param database the simulated database failover; empty without a database section
 * @param rtoSeconds the simulated RTO: the routing and capacity RTO or the database promotion,
 *     whichever is later; empty if the run ended first
 * @param survivorCost what the surviving regions cost over the whole run
 * @param runCost what the whole run cost
 * @param plan the planner's prediction for the same failure
 * @param plannedRtoSeconds the plan's RTO; without a database, that of routing and capacity only
 */
public record DrillResult(
        DrillSpec spec,
        double failureAt,
        BusiestHour hour,
        String service,
        FailoverResult simulated,
        Optional<DatabaseOutcome> database,
        OptionalDouble rtoSeconds,
        double survivorCost,
        double runCost,
        FailoverPlan plan,
        double plannedRtoSeconds) {

    /** Checks that the parts are present. */
    public DrillResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(simulated, "simulated");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(rtoSeconds, "rtoSeconds");
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * How the PostgreSQL cluster came through the drill.
     *
     * @param action {@code promoted <member>} or {@code restored from the WAL archive}, or {@code
     *     no failover} with the reason
     * @param readySeconds seconds after the failure until it accepted writes again; empty if never
     * @param rpoBytes committed WAL lost
     * @param rpoSeconds seconds of writes those bytes are
     */
    public record DatabaseOutcome(
            String action, OptionalDouble readySeconds, double rpoBytes, double rpoSeconds) {

        /** Checks that the action is present. */
        public DatabaseOutcome {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(readySeconds, "readySeconds");
        }
    }
}
