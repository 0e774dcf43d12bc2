package io.devopssim.examples;

import io.devopssim.core.drill.BusiestHour;
import io.devopssim.core.drill.Drill;
import io.devopssim.core.drill.DrillWorld;
import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.failover.FailoverPlanJson;
import io.devopssim.core.failover.FailoverPlanner;
import io.devopssim.core.failover.FailoverTopology;
import io.devopssim.core.failover.FailureScope;
import io.devopssim.core.failover.QuantityCheck;
import io.devopssim.core.failover.Verification;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioReader;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code plan-failover} command: every single failure of a scenario's world, ranked. */
@Command(
        name = "plan-failover",
        mixinStandardHelpOptions = true,
        description = {
            "Plans every single zone, region, cloud and database-primary failure of a multi-region"
                    + " scenario at the busiest hour of its trace, ranks them by requests lost and"
                    + " writes each plan as JSON and as a FailoverPlan custom resource.",
            "Without a SCENARIO it plans the bundled one (AWS us-east-1 and GCP us-central1)."
        })
final class PlanFailoverCommand implements Callable<Integer> {

    private static final String ROW = "%-32s %9s %14s %12s %8s %14s%n";

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file with a service placed in two regions or more.")
    Path scenario;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out/failover-plans",
            description = "Folder for the plans and the CRD (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--verify",
            paramLabel = "N",
            description =
                    "Verify each plan by simulating its failure N times (seeds from the run's).")
    Integer verify;

    @Override
    public Integer call() throws IOException {
        if (verify != null && verify < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--verify: expected a number of runs >= 1, was " + verify);
        }
        Scenario loaded =
                scenario == null
                        ? BundledScenario.nasa(out.resolve("scenario"))
                        : ScenarioReader.readChecked(scenario);
        BusiestHour hour = Drill.busiestHour(loaded);
        FailoverTopology world = world(loaded, hour);
        boolean database = loaded.database().isPresent();
        List<FailoverPlan> plans = plans(world, database);

        PrintWriter console = spec.commandLine().getOut();
        console.printf(
                Locale.ROOT,
                "Failover plans of %s at its busiest hour (+%.1f days, %,.0f req/s), worst first%n",
                world.name(),
                hour.startSeconds() / 86400,
                hour.meanRps());
        if (!database) {
            console.println("no database in the scenario: RPO not planned");
        }
        table(console, plans, database);
        long seed = loaded.model().run().seed();
        write(plans, verifications(world, plans, seed, console));
        console.printf(
                "%nWrote %d plans (JSON and FailoverPlan YAML) and the CRD to %s%n",
                plans.size(), out);
        console.flush();
        return 0;
    }

    /** Runs the scenario up to the end of its busiest hour and derives the planner's world. */
    private static FailoverTopology world(Scenario loaded, BusiestHour hour) {
        ClusterModel model = Drill.untilEndOf(loaded.model(), hour);
        SimulationResult run =
                Simulation.builder(model).baseDirectory(loaded.baseDirectory()).build().run();
        return DrillWorld.topology(model, loaded.database(), run, hour, hour.startSeconds());
    }

    /** Returns every plan, leaving out the placeholder database's when there is no database. */
    private static List<FailoverPlan> plans(FailoverTopology world, boolean database) {
        List<FailoverPlan> plans = new ArrayList<>();
        for (FailoverPlan p : FailoverPlanner.planAll(world)) {
            if (database || p.failure().kind() != FailureScope.Kind.DATABASE_PRIMARY) {
                plans.add(p);
            }
        }
        return plans;
    }

    private static void table(PrintWriter console, List<FailoverPlan> plans, boolean database) {
        console.printf(Locale.ROOT, ROW, "failure", "RTO", "RPO", "lost", "add", "standby/month");
        for (FailoverPlan p : plans) {
            String rpo =
                    database
                            ? String.format(
                                    Locale.ROOT, "%,.0f B %.2fs", p.rpoBytes(), p.rpoSeconds())
                            : "-";
            console.printf(
                    Locale.ROOT,
                    ROW,
                    p.failure().label(),
                    String.format(Locale.ROOT, "%.1f s", p.rtoSeconds()),
                    rpo,
                    String.format(Locale.ROOT, "%,.0f", p.requestsLost()),
                    "+" + p.replicasToAdd(),
                    String.format(
                            Locale.ROOT,
                            "$%,.2f",
                            p.capacity().stream().mapToDouble(c -> c.standbyCostPerMonth()).sum()));
        }
    }

    private List<Optional<Verification>> verifications(
            FailoverTopology world, List<FailoverPlan> plans, long seed, PrintWriter console) {
        List<Optional<Verification>> checks = new ArrayList<>();
        if (verify == null) {
            plans.forEach(p -> checks.add(Optional.empty()));
            return checks;
        }
        console.printf(
                Locale.ROOT,
                "%nVerified over %d seeds from %d: planned / simulated mean%n",
                verify,
                seed);
        for (FailoverPlan p : plans) {
            Verification v = FailoverPlanner.verify(world, p, seed, verify);
            checks.add(Optional.of(v));
            console.printf(Locale.ROOT, "%-32s %s%n", p.failure().label(), verdict(v));
        }
        return checks;
    }

    private static String verdict(Verification v) {
        StringBuilder sb = new StringBuilder();
        for (QuantityCheck.Quantity q :
                List.of(
                        QuantityCheck.Quantity.RTO_SECONDS,
                        QuantityCheck.Quantity.RPO_SECONDS,
                        QuantityCheck.Quantity.REQUESTS_LOST)) {
            v.quantity(q)
                    .ifPresent(
                            c ->
                                    sb.append(
                                            String.format(
                                                    Locale.ROOT,
                                                    q == QuantityCheck.Quantity.RPO_SECONDS
                                                            ? "%s %.3f / %.3f%s  "
                                                            : "%s %.1f / %.1f%s  ",
                                                    name(q),
                                                    c.planned(),
                                                    c.simulatedMean(),
                                                    c.agrees() ? "" : " (differs)")));
        }
        sb.append(
                v.agrees()
                        ? "agrees"
                        : "DIFFERS: "
                                + v.differences().stream().map(c -> c.quantity().name()).toList());
        return sb.toString();
    }

    private static String name(QuantityCheck.Quantity q) {
        return switch (q) {
            case RTO_SECONDS -> "RTO s";
            case RPO_SECONDS -> "RPO s";
            case REQUESTS_LOST -> "lost";
            default -> q.name();
        };
    }

    private void write(List<FailoverPlan> plans, List<Optional<Verification>> checks)
            throws IOException {
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("failoverplan-crd.yaml"),
                FailoverPlanJson.customResourceDefinitionYaml(),
                StandardCharsets.UTF_8);
        for (int i = 0; i < plans.size(); i++) {
            FailoverPlan p = plans.get(i);
            String name = FailoverPlanJson.resourceName(p);
            Files.writeString(
                    out.resolve(name + ".json"), FailoverPlanJson.json(p), StandardCharsets.UTF_8);
            Files.writeString(
                    out.resolve(name + ".yaml"),
                    FailoverPlanJson.customResourceYaml(p, checks.get(i)),
                    StandardCharsets.UTF_8);
        }
    }
}
