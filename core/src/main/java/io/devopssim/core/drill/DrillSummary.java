package io.devopssim.core.drill;

import io.devopssim.core.failover.CapacityChange;
import io.devopssim.core.failover.DatabaseAction;
import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.failover.PlanStep;
import io.devopssim.core.sim.FailoverResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a drill as a plain-text section: the simulated timeline next to the planner's.
 *
 * <p>Times are seconds after the failure; the difference column is simulated minus planned.
 */
public final class DrillSummary {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);
    private static final String ROW = "  %-26s %14s %14s %12s%n";
    private static final String NO_DB = "no database in the scenario";
    private static final String RTO_NOTE =
            "  simulated RTO: until the service meets its SLO again and the database takes"
                    + " writes;\n";
    private static final String HPA_NOTE =
            "  the plan adds its replicas at detection, the simulation only has the HPA;\n";
    private static final String EXECUTED_NOTE =
            "  simulated: the run adds the plan's replicas at its detection, then the HPA carries"
                    + " on;\n";
    private static final String CAPACITY_NOTE =
            "  capacity recovered (both): ready replicas in the surviving regions carry the load"
                    + " at the HPA's target;\n";
    private static final String FAILED_NOTE =
            "  requests lost (both): sent to the dead region, dropped by overload and refused by"
                    + " the data tier, from the failure until the RTO (without a simulated RTO,"
                    + " until the failure ended)\n";

    private DrillSummary() {}

    /**
     * Returns the drill section.
     *
     * @param drill the drill's result
     * @param start the run's wall-clock start, if the trace has one
     * @return lines ending in a newline
     */
    public static String render(DrillResult drill, Optional<Instant> start) {
        StringBuilder sb = new StringBuilder();
        sb.append(headline(drill, start));
        sb.append(String.format(Locale.ROOT, ROW, "", "simulated", "planned", "difference"));
        FailoverResult sim = drill.simulated();
        FailoverPlan plan = drill.plan();
        double at = sim.failedAt();
        row(sb, "detected", after(sim.detectedAt(), at), planned(plan, PlanStep.Step.DETECTION));
        row(
                sb,
                "traffic moved",
                after(sim.trafficMovedAt(), at),
                planned(plan, PlanStep.Step.TRAFFIC_SHIFTED));
        database(sb, drill);
        row(
                sb,
                "capacity recovered",
                after(sim.capacityRecoveredAt(), at),
                planned(plan, PlanStep.Step.CAPACITY_READY));
        drill.execution()
                .ifPresent(
                        e ->
                                row(
                                        sb,
                                        "added replicas ready",
                                        e.addedReadySeconds(),
                                        planned(plan, PlanStep.Step.CAPACITY_READY)));
        row(sb, "RTO", drill.rtoSeconds(), OptionalDouble.of(drill.plannedRtoSeconds()));
        rpo(sb, drill);
        String lost =
                drill.rtoSeconds().isPresent()
                        ? "requests lost until RTO"
                        : "requests lost while down";
        count(sb, lost, drill.requestsLost(), plan.requestsLost());
        sb.append(
                String.format(
                        Locale.ROOT,
                        ROW,
                        "  of which to the dead region",
                        String.format(Locale.ROOT, "%,.0f", sim.failedRequests()),
                        "",
                        ""));
        drill.execution().ifPresent(h -> hpaOnly(sb, h));
        cost(sb, drill);
        sb.append(RTO_NOTE).append(drill.planExecuted() ? EXECUTED_NOTE : HPA_NOTE);
        sb.append(CAPACITY_NOTE).append(FAILED_NOTE);
        return sb.toString();
    }

    private static void hpaOnly(StringBuilder sb, DrillResult.Execution h) {
        FailoverResult f = h.hpaOnly();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  HPA alone (plan not executed, first %.0f h): capacity recovered %s,"
                                + " RTO %s, %,.0f failed requests%n",
                        PlanExecution.WINDOW_SECONDS / 3600,
                        seconds(after(f.capacityRecoveredAt(), f.failedAt())),
                        seconds(h.hpaOnlyRtoSeconds()),
                        f.failedRequests()));
    }

    private static String headline(DrillResult drill, Optional<Instant> start) {
        String when =
                start.map(s -> WHEN.format(s.plusMillis(Math.round(drill.failureAt() * 1000))))
                        .orElse(String.format(Locale.ROOT, "%.0f s", drill.failureAt()));
        String why =
                drill.spec().atBusiestHour()
                        ? String.format(
                                Locale.ROOT,
                                "the busiest hour of the trace, %,.0f req/s",
                                drill.hour().meanRps())
                        : "as the drill says";
        return String.format(
                Locale.ROOT,
                "Failure drill: %s dies at %s (%s) for %s; service %s%n",
                drill.spec().location(),
                when,
                why,
                duration(drill.spec().durationSeconds()),
                drill.service());
    }

    private static void row(
            StringBuilder sb, String name, OptionalDouble sim, OptionalDouble plan) {
        String diff =
                sim.isPresent() && plan.isPresent()
                        ? String.format(
                                Locale.ROOT, "%+.1f s", sim.getAsDouble() - plan.getAsDouble())
                        : "";
        sb.append(String.format(Locale.ROOT, ROW, name, seconds(sim), seconds(plan), diff));
    }

    private static void database(StringBuilder sb, DrillResult drill) {
        if (drill.database().isEmpty()) {
            sb.append(String.format(Locale.ROOT, ROW, "database", NO_DB, "", ""));
            return;
        }
        DrillResult.DatabaseOutcome db = drill.database().get();
        OptionalDouble planned = planned(drill.plan(), PlanStep.Step.DATABASE_PROMOTED);
        if (planned.isEmpty()) {
            planned = planned(drill.plan(), PlanStep.Step.DATABASE_RESTORED);
        }
        row(sb, "database ready", db.readySeconds(), planned);
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  %-26s %s; plan: %s%n",
                        "",
                        db.action(),
                        planAction(drill.plan())));
    }

    private static String planAction(FailoverPlan plan) {
        DatabaseAction d = plan.database();
        String who = d.member().map(m -> " " + m).orElse("");
        return d.action().name().toLowerCase(Locale.ROOT) + who + " in " + d.region();
    }

    private static void rpo(StringBuilder sb, DrillResult drill) {
        if (drill.database().isEmpty()) {
            sb.append(String.format(Locale.ROOT, ROW, "RPO", NO_DB, "", ""));
            return;
        }
        DrillResult.DatabaseOutcome db = drill.database().get();
        FailoverPlan plan = drill.plan();
        sb.append(
                String.format(
                        Locale.ROOT,
                        ROW,
                        "RPO (WAL lost)",
                        bytes(db.rpoBytes()),
                        bytes(plan.rpoBytes()),
                        (db.rpoBytes() >= plan.rpoBytes() ? "+" : "")
                                + bytes(db.rpoBytes() - plan.rpoBytes())));
        sb.append(
                String.format(
                        Locale.ROOT,
                        ROW,
                        "RPO (seconds of writes)",
                        String.format(Locale.ROOT, "%.3f s", db.rpoSeconds()),
                        String.format(Locale.ROOT, "%.3f s", plan.rpoSeconds()),
                        String.format(Locale.ROOT, "%+.3f s", db.rpoSeconds() - plan.rpoSeconds())
                                .replace("-0.000", "+0.000")));
    }

    private static void count(StringBuilder sb, String name, OptionalDouble sim, double plan) {
        String simulated =
                sim.isPresent() ? String.format(Locale.ROOT, "%,.0f", sim.getAsDouble()) : "-";
        String diff =
                sim.isPresent()
                        ? String.format(Locale.ROOT, "%+,.0f", sim.getAsDouble() - plan)
                        : "";
        sb.append(
                String.format(
                        Locale.ROOT,
                        ROW,
                        name,
                        simulated,
                        String.format(Locale.ROOT, "%,.0f", plan),
                        diff));
    }

    private static void cost(StringBuilder sb, DrillResult drill) {
        FailoverPlan plan = drill.plan();
        int add = plan.replicasToAdd();
        String where =
                plan.capacity().stream()
                        .filter(c -> c.replicasToAdd() > 0)
                        .map(DrillSummary::added)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("nothing to add");
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  cost: run $%,.2f, of which the surviving regions $%,.2f%n",
                        drill.runCost(),
                        drill.survivorCost()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  plan: add %d replica%s at detection (%s)%s; held in standby they would"
                                + " cost $%,.2f/month%n",
                        add,
                        add == 1 ? "" : "s",
                        where,
                        drill.planExecuted() && add > 0 ? ", executed in the run" : "",
                        plan.capacity().stream()
                                .mapToDouble(CapacityChange::standbyCostPerMonth)
                                .sum()));
    }

    private static String added(CapacityChange c) {
        return c.provider() + "/" + c.region() + " +" + c.replicasToAdd();
    }

    private static OptionalDouble after(OptionalDouble time, double at) {
        return time.isPresent()
                ? OptionalDouble.of(time.getAsDouble() - at)
                : OptionalDouble.empty();
    }

    private static OptionalDouble planned(FailoverPlan plan, PlanStep.Step step) {
        return plan.step(step)
                .map(s -> OptionalDouble.of(s.expectedSeconds()))
                .orElse(OptionalDouble.empty());
    }

    private static String seconds(OptionalDouble s) {
        return s.isPresent() ? String.format(Locale.ROOT, "%.1f s", s.getAsDouble()) : "-";
    }

    private static String bytes(double b) {
        double abs = Math.abs(b);
        if (abs >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", b / (1 << 20));
        }
        if (abs >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", b / (1 << 10));
        }
        return String.format(Locale.ROOT, "%.0f B", b);
    }

    private static String duration(double s) {
        if (s >= 3600 && s % 3600 == 0) {
            return (long) (s / 3600) + " h";
        }
        if (s >= 60 && s % 60 == 0) {
            return (long) (s / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.0f s", s);
    }
}
