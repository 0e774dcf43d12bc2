package io.devopssim.examples;

import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a run's progress in simulated hours on the terminal, on standard error. */
final class SimulationProgressBar implements AutoCloseable {

    private final ProgressBar bar;

    SimulationProgressBar(double totalSeconds) {
        this.bar =
                new ProgressBarBuilder()
                        .setTaskName("Simulating")
                        .setInitialMax(Math.round(totalSeconds / 3600))
                        .setUnit(" h", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(200)
                        .continuousUpdate()
                        .build();
    }

    SimulationResult run(Simulation simulation) {
        return simulation.run((done, total) -> bar.stepTo(Math.round(done / 3600)));
    }

    @Override
    public void close() {
        bar.close();
    }
}
