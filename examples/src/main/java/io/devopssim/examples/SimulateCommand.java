package io.devopssim.examples;

import io.devopssim.core.drill.Drill;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.report.ConsoleSummary;
import io.devopssim.core.report.CsvReport;
import io.devopssim.core.report.JsonReport;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioDurations;
import io.devopssim.core.scenario.ScenarioReader;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationBuilder;
import io.devopssim.core.sim.SimulationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs one scenario and reports what it cost and how often the service was too slow. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a trace against a service and its autoscaler, then prints what it cost and how"
                    + " often the service was too slow.",
            "Without a SCENARIO it runs the bundled one: the NASA web server trace of July 1995"
                    + " against a Deployment and HorizontalPodAutoscaler on AWS."
        })
final class SimulateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file, YAML or JSON (see docs/scenario-format.md).")
    Path scenario;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out",
            description =
                    "Folder for result.json, series.csv and decisions.csv (default:"
                            + " ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", description = "Seed of the run, replacing the scenario's.")
    Long seed;

    @Option(
            names = "--duration",
            description = "Simulated length, such as 7d or 36h, replacing the scenario's.")
    String duration;

    @Option(
            names = "--deployment",
            paramLabel = "FILE",
            description = "A Deployment manifest (apps/v1) replacing the scenario's service.")
    Path deployment;

    @Option(
            names = "--hpa",
            paramLabel = "FILE",
            description = "A HorizontalPodAutoscaler manifest (autoscaling/v2) for --deployment.")
    Path hpa;

    @Option(
            names = "--trace",
            paramLabel = "FILE",
            description = "A CSV of requests per minute (columns minute,count) replacing the load.")
    Path trace;

    @Option(
            names = "--trace-zone",
            defaultValue = "UTC",
            description = "Time zone of the --trace timestamps (default: ${DEFAULT-VALUE}).")
    java.time.ZoneId traceZone;

    @Option(
            names = "--trace-scale",
            defaultValue = "1",
            description = "Factor applied to the --trace rates (default: ${DEFAULT-VALUE}).")
    double traceScale;

    @Option(
            names = "--no-series",
            description =
                    "Write no per-step time series (for very long runs): series.csv stays empty"
                            + " and result.json has none. A failure drill still keeps them in"
                            + " memory, for the drill's timings.")
    boolean noSeries;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        Scenario loaded =
                scenario == null
                        ? BundledScenario.nasa(out.resolve("scenario"))
                        : ScenarioReader.readChecked(scenario);
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        ManifestOverrides manifests =
                new ManifestOverrides(deployment, hpa, trace, traceZone, traceScale);
        ClusterModel model = loaded.model();
        if (manifests.any()) {
            warnIfRegional(model);
            model = manifests.apply(model);
        }
        model = withRun(model, seed, duration);
        Optional<Drill.Prepared> drill =
                DrillStep.prepare(
                        loaded,
                        model,
                        manifests.any(),
                        w -> spec.commandLine().getErr().println("warning: " + w));
        Optional<SimulationResult> hpaOnly = Optional.empty();
        if (drill.isPresent()) {
            model = drill.get().model();
            hpaOnly = DrillStep.hpaOnly(drill.get(), loaded, this::run);
        }
        SimulationBuilder builder =
                Simulation.builder(model)
                        .baseDirectory(loaded.baseDirectory())
                        .recordSeries(!noSeries || drill.isPresent());
        if (!manifests.any()) {
            loaded.database().ifPresent(d -> builder.database(d.tier()));
            loaded.cache().ifPresent(builder::cache);
        }
        if (hpaOnly.isPresent()) {
            DrillStep.actions(drill.get(), loaded, hpaOnly.get()).forEach(builder::failoverAction);
        }
        Simulation simulation = builder.build();
        simulation.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));

        SimulationResult result = run(simulation);
        PrintWriter console = spec.commandLine().getOut();
        console.print(ConsoleSummary.render(result));
        if (drill.isPresent()) {
            console.print(DrillStep.summary(drill.get(), loaded, result, hpaOnly, out));
        } else {
            removeStaleDrill();
        }
        List<String> written = writeFiles(result);
        if (drill.isPresent()) {
            written.add("drill.json");
        }
        console.printf("%nWrote %s%n", listed(written));
        console.flush();
        return 0;
    }

    /** Returns {@code model} with its seed and length replaced where they are given. */
    static ClusterModel withRun(ClusterModel model, Long seed, String duration) {
        RunSettings run = model.run();
        long newSeed = seed != null ? seed : run.seed();
        OptionalDouble length =
                duration != null
                        ? OptionalDouble.of(ScenarioDurations.seconds("--duration", duration))
                        : run.durationSeconds();
        RunSettings settings = new RunSettings(newSeed, length, run.stepSeconds());
        return new ClusterModel(
                model.name(),
                model.provider(),
                model.region(),
                model.services(),
                model.slo(),
                settings,
                model.traffic(),
                model.failures());
    }

    private SimulationResult run(Simulation simulation) {
        if (noProgress) {
            return simulation.run();
        }
        try (SimulationProgressBar bar = new SimulationProgressBar(simulation.durationSeconds())) {
            return bar.run(simulation);
        }
    }

    /** Returns the files in {@code out}, {@code a, b and c}. */
    private String listed(List<String> names) {
        List<String> paths = names.stream().map(n -> out.resolve(n).toString()).toList();
        int last = paths.size() - 1;
        return String.join(", ", paths.subList(0, last)) + " and " + paths.get(last);
    }

    /** Writes the run's files into {@code out} and returns their names, in writing order. */
    private List<String> writeFiles(SimulationResult result) throws IOException {
        List<String> written =
                new ArrayList<>(List.of("result.json", "series.csv", "decisions.csv"));
        Files.createDirectories(out);
        try (OutputStream json = Files.newOutputStream(out.resolve("result.json"))) {
            JsonReport.write(result, json, !noSeries);
        }
        try (Writer csv =
                Files.newBufferedWriter(out.resolve("series.csv"), StandardCharsets.UTF_8)) {
            if (!noSeries) {
                CsvReport.writeSeries(result, csv);
            }
        }
        try (Writer csv =
                Files.newBufferedWriter(out.resolve("decisions.csv"), StandardCharsets.UTF_8)) {
            CsvReport.writeDecisions(result, csv);
        }
        boolean placed = result.services().stream().anyMatch(s -> !s.regions().isEmpty());
        if (placed) {
            try (Writer csv =
                    Files.newBufferedWriter(out.resolve("regions.csv"), StandardCharsets.UTF_8)) {
                CsvReport.writeRegions(result, csv);
            }
            written.add("regions.csv");
        } else {
            Files.deleteIfExists(out.resolve("regions.csv"));
        }
        if (placed || !result.timeline().isEmpty()) {
            try (Writer csv =
                    Files.newBufferedWriter(out.resolve("timeline.csv"), StandardCharsets.UTF_8)) {
                CsvReport.writeTimeline(result, csv);
            }
            written.add("timeline.csv");
        } else {
            Files.deleteIfExists(out.resolve("timeline.csv"));
        }
        return written;
    }

    /** Removes a drill.json an earlier run left in the output folder, which this run did not. */
    private void removeStaleDrill() throws IOException {
        Files.deleteIfExists(out.resolve("drill.json"));
    }

    /** Says what manifest overrides leave out of a scenario that runs in several regions. */
    private void warnIfRegional(ClusterModel model) {
        boolean regional =
                model.traffic().isPresent()
                        || model.failures().isPresent()
                        || model.services().stream().anyMatch(s -> !s.placements().isEmpty());
        if (regional) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "warning: --deployment, --hpa and --trace run one service in "
                                    + model.provider()
                                    + "/"
                                    + model.region()
                                    + " only; the scenario's placements, traffic, failures,"
                                    + " database and drill are left out");
        }
    }
}
