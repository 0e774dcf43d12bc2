package io.devopssim.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomFailureShapeTest {

    private static final double MTBF = 500;

    /** Runs 200 pods with the given repair times; returns up times, repair times, start times. */
    private static List<List<Double>> draws(Distribution repair, long seed) {
        Topology.Builder b =
                Topology.builder().cloud("c").region("c", "r").zone("r", "z").node("z", "n");
        b.pods("n", "p", 200);
        SimulationKernel kernel = SimulationKernel.create(seed);
        List<Double> ups = new ArrayList<>();
        List<Double> repairs = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        Map<Component, Double> lastUp = new HashMap<>();
        kernel.addListener(
                FailureStarted.class,
                e -> {
                    ups.add(e.time() - lastUp.getOrDefault(e.target(), 0.0));
                    starts.add(e.time());
                });
        kernel.addListener(
                FailureRecovered.class,
                e -> {
                    repairs.add(e.durationSeconds());
                    lastUp.put(e.target(), e.time());
                });
        FailureInjector.start(
                kernel,
                FailurePlan.builder(b.build())
                        .random(RandomFailures.everywhere(FailureKind.POD_CRASH, MTBF, repair))
                        .horizonSeconds(40_000)
                        .build());
        kernel.run();
        return List.of(ups, repairs, starts);
    }

    @Test
    void upTimes_areExponential_aboutAThirdOutliveTheMtbf() {
        List<Double> ups = draws(new Distribution.Fixed(10), 1).get(0);

        // Exponential: P(up > MTBF) = 1/e, P(up > 3 MTBF) = e^-3; about 15,000 draws.
        double beyondMean = ups.stream().filter(u -> u > MTBF).count() / (double) ups.size();
        double beyondThree = ups.stream().filter(u -> u > 3 * MTBF).count() / (double) ups.size();
        assertThat(ups.size()).isGreaterThan(14_000);
        assertThat(beyondMean).isCloseTo(Math.exp(-1), within(0.015));
        assertThat(beyondThree).isCloseTo(Math.exp(-3), within(0.006));
    }

    @Test
    void repairs_logNormal_meanAndMedianMatchTheDistribution() {
        Distribution.LogNormal repair = new Distribution.LogNormal(60, 180);
        List<Double> repairs = draws(repair, 2).get(1);

        double mean = repairs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double belowMedian = repairs.stream().filter(r -> r < 60).count() / (double) repairs.size();
        // sigma = ln 3 / 1.28 = 0.857: sd of one draw about 1.05 × mean, over 14,000+ draws the
        // mean's standard error is under 1 %.
        assertThat(mean).isCloseTo(repair.mean(), within(repair.mean() * 0.03));
        assertThat(belowMedian).isCloseTo(0.5, within(0.015));
    }

    @Test
    void horizon_noFailureStartsAfterIt() {
        List<List<Double>> d = draws(new Distribution.Fixed(10), 3);

        assertThat(d.get(2)).isNotEmpty().allMatch(t -> t <= 40_000);
        assertThat(d.get(2).stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isGreaterThan(39_000);
        assertThat(d.get(1)).hasSameSizeAs(d.get(0));
    }
}
