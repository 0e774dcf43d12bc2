package io.devopssim.examples;

import io.devopssim.core.drill.Drill;
import io.devopssim.core.drill.DrillJson;
import io.devopssim.core.drill.DrillResult;
import io.devopssim.core.drill.DrillSummary;
import io.devopssim.core.drill.PlanExecution;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.sim.FailoverAction;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationBuilder;
import io.devopssim.core.sim.SimulationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The failure drill of {@code simulate}: prepared before the run, summarised after it. */
final class DrillStep {

    private DrillStep() {}

    /**
     * Returns the scenario's drill on the model about to run, unless manifests replaced it or the
     * run is shorter than an hour (then with a warning).
     */
    static Optional<Drill.Prepared> prepare(
            Scenario scenario, ClusterModel model, boolean overridden, Consumer<String> warn) {
        if (scenario.drill().isEmpty() || overridden) {
            return Optional.empty();
        }
        double length = model.run().durationSeconds().orElse(Double.POSITIVE_INFINITY);
        if (length < 3600) {
            warn.accept("the failure drill needs a run of at least 1 h; not run in this one");
            return Optional.empty();
        }
        return Optional.of(Drill.prepare(scenario.withModel(model)));
    }

    /**
     * Runs the drill's first hour with the HPA alone, when the drill executes the plan: the plan is
     * sized from that run's fleet before the failure, and its failover is shown next to the run's.
     */
    static Optional<SimulationResult> hpaOnly(
            Drill.Prepared drill, Scenario scenario, Function<Simulation, SimulationResult> run) {
        if (!drill.spec().executePlan()) {
            return Optional.empty();
        }
        SimulationBuilder builder =
                Simulation.builder(PlanExecution.hpaOnlyModel(drill))
                        .baseDirectory(scenario.baseDirectory());
        scenario.database().ifPresent(d -> builder.database(d.tier()));
        scenario.cache().ifPresent(builder::cache);
        Simulation window = builder.build();
        return Optional.of(run.apply(window));
    }

    /** Returns the plan's capacity step as actions for the full run. */
    static List<FailoverAction> actions(
            Drill.Prepared drill, Scenario scenario, SimulationResult hpaOnly) {
        return PlanExecution.actions(drill, scenario, hpaOnly);
    }

    /**
     * Returns the drill section of the summary, one per drilled service, and writes {@code
     * drill.json} into {@code out}.
     */
    static String summary(
            Drill.Prepared drill,
            Scenario scenario,
            SimulationResult result,
            Optional<SimulationResult> hpaOnly,
            Path out)
            throws IOException {
        List<DrillResult> reports = Drill.reports(drill, scenario, result, hpaOnly);
        Files.createDirectories(out);
        try (OutputStream json = Files.newOutputStream(out.resolve("drill.json"))) {
            DrillJson.write(reports, json);
        }
        StringBuilder text = new StringBuilder();
        for (DrillResult report : reports) {
            text.append(System.lineSeparator()).append(DrillSummary.render(report, result.start()));
        }
        return text.toString();
    }
}
