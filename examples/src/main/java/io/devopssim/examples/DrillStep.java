package io.devopssim.examples;

import io.devopssim.core.drill.Drill;
import io.devopssim.core.drill.DrillSummary;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.sim.SimulationResult;
import java.util.Optional;

/** The failure drill of {@code simulate}: prepared before the run, summarised after it. */
final class DrillStep {

    private DrillStep() {}

    /** Returns the scenario's drill on the model about to run, unless manifests replaced it. */
    static Optional<Drill.Prepared> prepare(
            Scenario scenario, ClusterModel model, boolean overridden) {
        if (scenario.drill().isEmpty() || overridden) {
            return Optional.empty();
        }
        return Optional.of(Drill.prepare(scenario.withModel(model)));
    }

    /** Returns the drill section of the summary. */
    static String summary(Drill.Prepared drill, Scenario scenario, SimulationResult result) {
        return System.lineSeparator()
                + DrillSummary.render(Drill.report(drill, scenario, result), result.start());
    }
}
