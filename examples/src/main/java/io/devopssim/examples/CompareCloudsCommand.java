package io.devopssim.examples;

import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioDurations;
import io.devopssim.core.scenario.ScenarioReader;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.Simulation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs the same service and trace on several clouds and prints cost and SLO side by side.
 *
 * <p>Each cloud brings its instance price, its billing rules and its instance boot time; a new
 * replica starts after the cloud's boot time plus the application's own start time.
 */
@Command(
        name = "compare-clouds",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a scenario's first service on comparable instances of each cloud and prints"
                    + " cost and SLO side by side.",
            "Without a SCENARIO it uses the bundled NASA July 1995 scenario."
        })
final class CompareCloudsCommand implements Callable<Integer> {

    private static final List<String> DEFAULT_OFFERS =
            List.of(
                    "aws/us-east-1/m5.large",
                    "gcp/us-east4/n2-standard-2",
                    "azure/eastus/standard_d2s_v5",
                    "digitalocean/nyc3/g-2vcpu-8gb");

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "Scenario file.")
    Path scenario;

    @Option(
            names = "--offer",
            paramLabel = "PROVIDER/REGION/TYPE",
            description =
                    "An instance to compare, repeatable (default: 2 vCPU / 8 GiB general-purpose"
                            + " instances in Virginia or New York on each cloud).")
    List<String> offers;

    @Option(
            names = "--app-start",
            defaultValue = "20s",
            description = "Time from instance boot to the application's start (default: 20s).")
    String appStart;

    @Option(names = "--duration", description = "Simulated length, such as 7d.")
    String duration;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out",
            description = "Folder the bundled scenario is copied to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        Scenario loaded =
                scenario == null
                        ? BundledScenario.nasaSingleRegion(out.resolve("scenario"))
                        : ScenarioReader.read(scenario);
        ClusterModel base = SimulateCommand.withRun(loaded.model(), null, duration);
        double appStartSeconds = ScenarioDurations.seconds("--app-start", appStart);
        CloudProviders providers = CloudProviders.discover();
        PrintWriter console = spec.commandLine().getOut();

        List<InstanceOffer> resolved =
                (offers == null ? DEFAULT_OFFERS : offers)
                        .stream().map(providers::resolve).toList();
        console.printf(
                Locale.ROOT,
                "%-34s %9s %8s %11s %12s %9s %12s %9s%n",
                "instance",
                "$/hour",
                "boot",
                "cost",
                "SLO missed",
                "served",
                "fast enough",
                "p99");
        for (InstanceOffer offer : resolved) {
            ServiceResult result = run(base, offer, appStartSeconds, loaded.baseDirectory());
            console.println(row(offer, result));
            console.flush();
        }
        console.println(
                "* marks figures the catalogue flags as estimates; see the cloud modules'"
                        + " SOURCES.md files.");
        return 0;
    }

    private static ServiceResult run(
            ClusterModel base, InstanceOffer offer, double appStart, Path baseDirectory) {
        ServiceModel service =
                base.services().get(0).toBuilder()
                        .instanceType(offer.instanceType().id())
                        .providerPrice()
                        .startup(new Distribution.CloudBoot(appStart))
                        .build();
        ClusterModel model =
                new ClusterModel(
                        base.name(),
                        offer.provider().id(),
                        offer.region().id(),
                        List.of(service),
                        base.slo(),
                        base.run());
        return Simulation.builder(model)
                .baseDirectory(baseDirectory)
                .recordSeries(false)
                .build()
                .run()
                .services()
                .get(0);
    }

    private static String row(InstanceOffer offer, ServiceResult r) {
        String priceMark = offer.price().estimate() ? "*" : " ";
        String bootMark = offer.provider().bootTime().estimate() ? "*" : " ";
        return String.format(
                Locale.ROOT,
                "%-34s %8.4f%s %7.0fs%s %11s %12s %9s %12s %6.0f ms",
                offer.reference(),
                offer.pricePerHour(),
                priceMark,
                offer.provider().bootTime().medianSeconds(),
                bootMark,
                String.format(Locale.ROOT, "$%,.2f", r.cost()),
                String.format(Locale.ROOT, "%.1f min", r.sloViolatedSeconds() / 60),
                String.format(Locale.ROOT, "%.3f%%", 100 * r.availability()),
                String.format(Locale.ROOT, "%.2f%%", 100 * r.latencyAttainment()),
                r.latency().p99() * 1000);
    }
}
