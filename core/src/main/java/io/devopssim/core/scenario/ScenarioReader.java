package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.drill.DatabaseSection;
import io.devopssim.core.drill.DrillSpec;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.TreeFiles;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a scenario file ({@code .yaml}, {@code .yml} or {@code .json}) into a validated {@link
 * ClusterModel}, reporting every problem in the file at once.
 *
 * <p>The format, in full in {@code docs/scenario-format.md}:
 *
 * <pre>{@code
 * name: nasa-web
 * provider: aws
 * region: us-east-1
 * run: {seed: 42, step: 15s, duration: 7d}        # duration optional: the trace's length
 * slo: {latency: 500ms, latencyTarget: 0.99, availabilityTarget: 0.999}
 * services:
 *   - name: web
 *     instanceType: m5.large
 *     pricePerHour: 0.096                         # optional: else the provider's list price
 *     cpu: {request: 500m, idle: 50m, atCapacity: 450m}
 *     capacityRps: 20
 *     concurrency: 8
 *     requestTimeout: 30s
 *     replicas: {min: 2, max: 50, initial: 3}
 *     startup: {lognormal: {median: 40s, p90: 90s}}   # or {fixed: 10s} | {uniform: {min, max}}
 *     readiness: {fixed: 10s}
 *     load: {trace: {file: nasa.csv, resolution: 1m, unit: countPerInterval, gaps: missing}}
 *     autoscaler: {hpa: {maxReplicas: 50, metrics: [...], behavior: {...}}}
 *     rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}
 * }</pre>
 *
 * <p>Durations are {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or a number of
 * seconds; CPU is a Kubernetes quantity ({@code 500m}) or a number of cores. A service may take its
 * name, replicas, CPU request, readiness, rolling update and HPA from Kubernetes manifests with
 * {@code kubernetes: [deploy.yaml, hpa.yaml]} (paths relative to the scenario file); the scenario
 * must then not set them again, except {@code readiness}, which overrides the estimate made from
 * the readiness probe. Problems name the path in the file ({@code services[1].replicas.max}).
 * Unknown keys are errors with the closest known key suggested.
 */
public final class ScenarioReader {

    private ScenarioReader() {}

    /**
     * Returns the scenario in {@code file}.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} scenario
     * @throws InvalidInputException listing every problem in the file, each with its path
     */
    public static Scenario read(Path file) {
        return read(file, false);
    }

    /**
     * Returns the scenario in {@code file}, checked against the cloud catalogues on the class path
     * as well, so that one exception lists every problem a run of it would meet before it starts.
     *
     * <p>Besides what {@link #read(Path)} reports, it reports unknown providers, regions, zones and
     * instance types, cloud boot times no catalogue has, HPA metrics without a source, failure
     * targets and routing that name nothing placed, a drill region not placed and database members
     * outside the placed zones. These are checked even when other values of the file are invalid,
     * except where they depend on one: an instance type is not looked up in a region reported as
     * wrong. Only a file that cannot be parsed at all is reported alone. Trace files, the run's
     * size and failures after its end are left to {@link io.devopssim.core.sim.SimulationBuilder},
     * since the command line may replace the load and the run's length.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} scenario
     * @return the scenario
     * @throws InvalidInputException listing every problem in the file, each with its path
     */
    public static Scenario readChecked(Path file) {
        return read(file, true);
    }

    private static Scenario read(Path file, boolean lookups) {
        Objects.requireNonNull(file, "file");
        Path base = file.toAbsolutePath().getParent();
        Problems problems = new Problems();
        List<JsonNode> docs = TreeFiles.readAll(file, "", problems);
        if (problems.isEmpty() && docs.size() != 1) {
            problems.add("", "expected one document, found " + docs.size());
        }
        problems.throwIfAny(file.toString());

        List<String> warnings = new ArrayList<>();
        List<ServiceReader.Read> services = new ArrayList<>();
        Fields top = Fields.of(docs.get(0), "", problems);
        Optional<DatabaseSection> database = top.object("database").flatMap(DrillReader::database);
        Optional<DrillSpec> drill = top.object("drill").flatMap(DrillReader::drill);
        Optional<CacheSection> cache = top.object("cache").flatMap(CacheReader::cache);
        ClusterModel.Builder builder = root(top, base, warnings, services);
        problems.addUnreported(PathNames.translate(builder.validate(), services));
        DrillReader.checkServices(database, draftNames(builder), problems);
        if (lookups) {
            ClusterModel unchecked = builder.unchecked();
            Scenario draft = new Scenario(unchecked, base, warnings, database, drill);
            ScenarioLookups.check(docs.get(0), draft, services, problems);
            cache.ifPresent(
                    c -> CacheLocations.check(unchecked, c, CloudProviders.discover(), problems));
        }
        problems.throwIfAny(file.toString());
        ClusterModel model = builder.build();
        if (!lookups) {
            cache.ifPresent(
                    c -> CacheLocations.check(model, c, CloudProviders.discover(), problems));
            problems.throwIfAny(file.toString());
        }
        return new Scenario(model, base, warnings, database, drill, cache);
    }

    /**
     * Returns the names of the services as read, so that names used elsewhere in the file are
     * checked together with its other problems; services without a name are left out.
     */
    private static List<String> draftNames(ClusterModel.Builder builder) {
        return builder.unchecked().services().stream()
                .map(ServiceModel::name)
                .filter(Objects::nonNull)
                .toList();
    }

    private static ClusterModel.Builder root(
            Fields f, Path base, List<String> warnings, List<ServiceReader.Read> services) {
        ClusterModel.Builder b = ClusterModel.builder();
        f.string("name").ifPresent(b::name);
        f.string("provider").ifPresent(b::provider);
        f.string("region").ifPresent(b::region);
        f.object("run").ifPresent(r -> b.run(run(r)));
        f.object("slo").ifPresent(s -> b.slo(slo(s)));
        f.object("traffic").ifPresent(t -> b.traffic(RegionalReader.traffic(t)));
        f.object("failures").ifPresent(x -> b.failures(RegionalReader.failures(x)));
        List<JsonNode> entries = f.list("services");
        ServiceReader reader = new ServiceReader(base, warnings);
        for (int i = 0; i < entries.size(); i++) {
            Fields entry = Fields.of(entries.get(i), "services[" + i + "]", f.problems());
            ServiceReader.Read read = reader.read(entry);
            services.add(read);
            b.service(read.builder());
        }
        f.finish();
        return b;
    }

    private static RunSettings run(Fields r) {
        RunSettings d = RunSettings.defaults();
        long seed = r.integer("seed").orElse((int) d.seed());
        double step = r.duration("step").orElse(d.stepSeconds());
        OptionalDouble duration = r.duration("duration");
        r.finish();
        return new RunSettings(seed, duration, step);
    }

    private static Slo slo(Fields s) {
        Slo d = Slo.defaults();
        double latency = s.duration("latency").orElse(d.latencyThresholdSeconds());
        double latencyTarget = s.number("latencyTarget").orElse(d.latencyTarget());
        double availability = s.number("availabilityTarget").orElse(d.availabilityTarget());
        s.finish();
        return new Slo(latency, latencyTarget, availability);
    }
}
