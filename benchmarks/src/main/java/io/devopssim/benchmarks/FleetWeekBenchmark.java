package io.devopssim.benchmarks;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times a simulated week of a fleet: {@code services} services with diurnal load, each scaled by a
 * CPU-based HPA synced every 15 s, on the fluid data plane with 15 s steps.
 *
 * <p>One invocation is one whole run. Time series and per-step latency distributions are not
 * recorded (a fleet run keeps per-service totals), so this times the kernel, the data plane, the
 * autoscalers and the accounting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FleetWeekBenchmark {

    private static final double WEEK = 7 * 86_400;

    @Param({"1000"})
    public int services;

    private Simulation simulation;

    @Setup
    public void setUp() {
        simulation =
                Simulation.builder(fleet(services, 42))
                        .recordSeries(false)
                        .latencyDistribution(false)
                        .build();
    }

    /** Builds {@code count} services whose load peaks at different hours, from 20 to 2,000 rps. */
    static ClusterModel fleet(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ServiceModel> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double mean = 20 * Math.pow(100, random.nextDouble());
            LoadSpec load = new LoadSpec.Diurnal(mean, 0.6, random.nextDouble() * 24);
            list.add(service("svc-" + i, load, (int) Math.ceil(mean * 3 / 50)));
        }
        return new ClusterModel(
                "fleet-week",
                "aws",
                "us-east-1",
                list,
                Slo.defaults(),
                new RunSettings(seed, OptionalDouble.of(WEEK), 15));
    }

    private static ServiceModel service(String name, LoadSpec load, int maxReplicas) {
        HpaSpec hpa =
                new HpaSpec(
                        2,
                        Math.max(4, maxReplicas),
                        List.of(MetricSpec.cpuUtilization(60)),
                        Optional.empty(),
                        HpaSpec.ControllerSettings.upstreamDefaults());
        return new ServiceModel(
                name,
                "m5.large",
                OptionalDouble.of(0.096),
                0.5,
                0.05,
                0.5,
                50,
                4,
                30,
                hpa.minReplicas(),
                hpa.maxReplicas(),
                hpa.minReplicas(),
                new Distribution.LogNormal(40, 90),
                new Distribution.Fixed(10),
                load,
                Optional.of(hpa),
                RollingUpdate.kubernetesDefault());
    }

    @Benchmark
    public SimulationResult week() {
        return simulation.run();
    }
}
