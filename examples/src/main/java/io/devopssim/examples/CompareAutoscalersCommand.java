package io.devopssim.examples;

import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.report.CsvReport;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioReader;
import io.devopssim.core.sim.ScalingDecision;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationBuilder;
import io.devopssim.core.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Replays a scenario with its HPA and with the predictive autoscaler and prints both side by side.
 *
 * <p>The predictive run keeps the HPA as its floor and adds a load forecaster; both runs use the
 * same seed, so every difference comes from the policy.
 */
@Command(
        name = "compare-autoscalers",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a scenario with the service's HPA, then with the predictive autoscaler (the"
                    + " HPA plus a load forecaster), and prints SLO, drops, replica-hours and cost"
                    + " side by side.",
            "Without a SCENARIO it uses the bundled NASA July 1995 scenario."
        })
final class CompareAutoscalersCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file.")
    Path scenario;

    @Option(
            names = "--forecaster",
            paramLabel = "NAME",
            completionCandidates = Forecasters.class,
            description =
                    "Load forecaster of the predictive run: ${COMPLETION-CANDIDATES}"
                            + " (default: the first).")
    String forecaster;

    @Option(
            names = "--service",
            description = "Service to scale predictively (default: the first with an HPA).")
    String service;

    @Option(names = "--duration", description = "Simulated length, such as 7d.")
    String duration;

    @Option(names = "--seed", description = "Seed of both runs, replacing the scenario's.")
    Long seed;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out",
            description =
                    "Folder for hpa-decisions.csv, predictive-decisions.csv and the bundled"
                            + " scenario (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        String name = forecaster == null ? Forecasters.defaultName() : forecaster;
        Supplier<Forecasters.Opened> forecasters =
                Forecasters.named(name)
                        .orElseThrow(() -> badOption("--forecaster", name, "one of " + names()));
        Scenario loaded =
                scenario == null
                        ? BundledScenario.nasaSingleRegion(out.resolve("scenario"))
                        : ScenarioReader.readChecked(scenario);
        ClusterModel model = SimulateCommand.withRun(loaded.model(), seed, duration);
        String scaled = scaledService(model);

        PrintWriter console = spec.commandLine().getOut();
        printHeader(console, scaled);
        ServiceResult hpa = run(builder(model, loaded), scaled, "hpa-decisions.csv");
        console.println(row("HPA", hpa));
        console.flush();
        ZoneId zone = traceZone(model, scaled);
        try (Forecasters.Opened opened = forecasters.get()) {
            SimulationBuilder predictive =
                    builder(model, loaded).predictive(scaled, () -> opened.forecaster(zone));
            ServiceResult result = run(predictive, scaled, "predictive-decisions.csv");
            console.println(row("predictive (" + name + ")", result));
        }
        console.printf(
                "%nScaling decisions and their reasons: %s, %s%n",
                out.resolve("hpa-decisions.csv"), out.resolve("predictive-decisions.csv"));
        console.flush();
        return 0;
    }

    private static void printHeader(PrintWriter console, String service) {
        console.printf(
                Locale.ROOT,
                "%-28s %12s %14s %14s %11s %10s%n",
                "policy (service " + service + ")",
                "SLO missed",
                "dropped",
                "replica-hours",
                "cost",
                "scale-ups");
    }

    /** Returns the zone of the service's trace timestamps, the forecaster's calendar; else UTC. */
    private static ZoneId traceZone(ClusterModel model, String service) {
        return model.services().stream()
                .filter(s -> s.name().equals(service))
                .map(ServiceModel::load)
                .filter(LoadSpec.Trace.class::isInstance)
                .map(l -> ((LoadSpec.Trace) l).options().zone())
                .findFirst()
                .orElse(ZoneOffset.UTC);
    }

    private static SimulationBuilder builder(ClusterModel model, Scenario loaded) {
        return Simulation.builder(model)
                .baseDirectory(loaded.baseDirectory())
                .recordSeries(false)
                .latencyDistribution(false);
    }

    private ServiceResult run(SimulationBuilder builder, String service, String decisions)
            throws IOException {
        SimulationResult result = builder.build().run();
        Files.createDirectories(out);
        try (Writer csv = Files.newBufferedWriter(out.resolve(decisions), StandardCharsets.UTF_8)) {
            CsvReport.writeDecisions(result, csv);
        }
        return result.services().stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow();
    }

    /** Returns the service to scale predictively; it must have an HPA. */
    private String scaledService(ClusterModel model) {
        if (service == null) {
            return model.services().stream()
                    .filter(s -> s.autoscaler().isPresent())
                    .map(ServiceModel::name)
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new ParameterException(
                                            spec.commandLine(),
                                            "no service of scenario '"
                                                    + model.name()
                                                    + "' has an HPA; the predictive autoscaler"
                                                    + " needs one as its floor"));
        }
        ServiceModel named =
                model.services().stream()
                        .filter(s -> s.name().equals(service))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        badOption(
                                                "--service",
                                                service,
                                                "a service of scenario '" + model.name() + "'"));
        if (named.autoscaler().isEmpty()) {
            throw badOption("--service", service, "a service with an HPA");
        }
        return service;
    }

    private ParameterException badOption(String option, String value, String expected) {
        return new ParameterException(
                spec.commandLine(),
                String.format(Locale.ROOT, "%s was '%s'; expected %s", option, value, expected));
    }

    private static String names() {
        return String.join(", ", new Forecasters());
    }

    private static String row(String policy, ServiceResult r) {
        long ups = r.decisions().stream().filter(CompareAutoscalersCommand::isUp).count();
        return String.format(
                Locale.ROOT,
                "%-28s %8.1f min %,14.0f %,14.1f %11s %10d",
                policy,
                r.sloViolatedSeconds() / 60,
                r.droppedRequests(),
                r.replicaSeconds() / 3600,
                String.format(Locale.ROOT, "$%,.2f", r.cost()),
                ups);
    }

    private static boolean isUp(ScalingDecision d) {
        return d.to() > d.from();
    }
}
