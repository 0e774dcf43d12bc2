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
 * @param requestsLost the service's requests lost from the failure until the simulated RTO (or the
 *     end of the outage without one): sent to the dead region, dropped by overload and failed by
 *     the data tier, as the plan's {@link FailoverPlan#requestsLost()} counts them; empty without
 *     the run's time series
 * @param survivorCost what the surviving regions cost over the whole run
 * @param runCost what the whole run cost
 * @param plan the planner's prediction for the same failure
 * @param plannedRtoSeconds the plan's RTO; without a database, that of routing and capacity only
 * @param execution how the run executed the plan's capacity step, next to the HPA alone; empty when
 *     the run had only the HPA
 */
public record DrillResult(
        DrillSpec spec,
        double failureAt,
        BusiestHour hour,
        String service,
        FailoverResult simulated,
        Optional<DatabaseOutcome> database,
        OptionalDouble rtoSeconds,
        OptionalDouble requestsLost,
        double survivorCost,
        double runCost,
        FailoverPlan plan,
        double plannedRtoSeconds,
        Optional<Execution> execution) {

    /** Checks that the parts are present. */
    public DrillResult {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(simulated, "simulated");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(rtoSeconds, "rtoSeconds");
        Objects.requireNonNull(requestsLost, "requestsLost");
        Objects.requireNonNull(plan, "plan");
    }

    /** Returns whether the simulated failover executed the plan's capacity step. */
    public boolean planExecuted() {
        return execution.isPresent();
    }

    /**
     * The plan's capacity step in the run, and the drill's failover with the HPA alone.
     *
     * @param addedReadySeconds seconds after the failure until every surviving region had its
     *     surviving replicas plus the plan's added ones ready; empty if never in the run
     * @param hpaOnly the failover in a run with the HPA alone, over the drill's first hour
     * @param hpaOnlyRtoSeconds its RTO, joined with the database's as the drill's is; empty if not
     *     reached
     */
    public record Execution(
            OptionalDouble addedReadySeconds,
            FailoverResult hpaOnly,
            OptionalDouble hpaOnlyRtoSeconds) {

        /** Checks that the parts are present. */
        public Execution {
            Objects.requireNonNull(addedReadySeconds, "addedReadySeconds");
            Objects.requireNonNull(hpaOnly, "hpaOnly");
            Objects.requireNonNull(hpaOnlyRtoSeconds, "hpaOnlyRtoSeconds");
        }
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
