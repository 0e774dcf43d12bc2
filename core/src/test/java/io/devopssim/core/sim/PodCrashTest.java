package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PodCrashTest {

    private static final double DAY = 86_400;

    /** A fixed-size service: 10 pods per region, start-up 30 s and readiness 10 s. */
    private static ServiceModel.Builder fixed() {
        return ServiceModel.builder("web")
                .instanceType("m5.large")
                .cpuRequest(1)
                .capacityRps(10)
                .load(new LoadSpec.Constant(50))
                .startup(new Distribution.Fixed(30))
                .readiness(new Distribution.Fixed(10))
                .placement(Placement.of("aws", TwoRegions.US_EAST.id(), 10, 10, 10))
                .placement(Placement.of("gcp", TwoRegions.EU_WEST.id(), 10, 10, 10));
    }

    private static SimulationResult run(
            ServiceModel.Builder service,
            Optional<Component> scope,
            double mtbf,
            double duration,
            double step,
            long seed) {
        Failures failures =
                new Failures(
                        List.of(),
                        List.of(
                                new RandomFailures(
                                        FailureKind.POD_CRASH,
                                        scope,
                                        mtbf,
                                        new Distribution.Fixed(0))),
                        OptionalDouble.empty());
        ClusterModel model =
                TwoRegions.model(service, TwoRegions.geoDns(), duration, step)
                        .failures(failures)
                        .run(new RunSettings(seed, OptionalDouble.of(duration), step))
                        .build();
        return Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
    }

    private static List<TimelineEvent> crashes(SimulationResult result) {
        return result.timeline().stream().filter(e -> e.kind().equals("pod-crashed")).toList();
    }

    @Test
    void podCrash_sameSeed_sameCrashes_otherSeed_otherCrashes() {
        SimulationResult first = run(TwoRegions.web(20), Optional.empty(), DAY, 4 * 3600, 15, 3);
        SimulationResult second = run(TwoRegions.web(20), Optional.empty(), DAY, 4 * 3600, 15, 3);
        SimulationResult other = run(TwoRegions.web(20), Optional.empty(), DAY, 4 * 3600, 15, 4);

        assertThat(crashes(first)).isNotEmpty().isEqualTo(crashes(second));
        assertThat(readyColumn(first)).isEqualTo(readyColumn(second));
        assertThat(first.services().get(0).servedRequests())
                .isEqualTo(second.services().get(0).servedRequests());
        assertThat(crashes(other)).isNotEqualTo(crashes(first));
    }

    @Test
    void podCrash_longRun_crashRateIsPodsTimesDurationOverMtbf() {
        // 20 pods for 30 days at an MTBF of 1 day: a Poisson count of mean 600 (sd 24.5).
        SimulationResult result = run(fixed(), Optional.empty(), DAY, 30 * DAY, 300, 5);
        List<TimelineEvent> crashes = crashes(result);

        assertThat(crashes.size()).isBetween(510, 690);
        assertThat(result.services().get(0).podCrashes()).isEqualTo(crashes.size());
        long us = crashes.stream().filter(e -> e.subject().endsWith("us-east-1")).count();
        assertThat(us).isBetween(230L, 370L);
    }

    @Test
    void podCrash_regionScope_onlyThatRegionsPodsCrash() {
        Component eu = new Component(Level.REGION, TwoRegions.EU_WEST.id());
        List<TimelineEvent> crashes = crashes(run(fixed(), Optional.of(eu), DAY, 5 * DAY, 300, 5));

        assertThat(crashes).isNotEmpty().allMatch(e -> e.subject().equals("web europe-west1"));
    }

    @Test
    void podCrash_readyPod_isUnreadyForStartupAndReadinessThenReadyAgain() {
        // 20 pods at an MTBF of 2 days crash about 10 times a day; steps of 5 s.
        SimulationResult result = run(fixed(), Optional.empty(), 2 * DAY, DAY, 5, 8);
        List<TimelineEvent> crashes = crashes(result);
        RegionResult us = result.services().get(0).regions().get(0);
        TimeSeries series = us.series().orElseThrow();
        int checked = 0;
        for (TimelineEvent crash : crashes) {
            if (isolated(crash, crashes) && crash.subject().endsWith("us-east-1")) {
                int after = (int) Math.ceil(crash.time() / 5 + 1e-9);
                int restarted = (int) Math.ceil((crash.time() + 40) / 5 + 1e-9);
                assertThat(crash.detail()).contains("was ready");
                assertThat(ready(series, after - 1)).isEqualTo(10);
                assertThat(ready(series, after)).isEqualTo(9);
                assertThat(ready(series, restarted - 1)).isEqualTo(9);
                assertThat(ready(series, restarted)).isEqualTo(10);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static double[] readyColumn(SimulationResult result) {
        return result.services()
                .get(0)
                .series()
                .orElseThrow()
                .column(TimeSeries.Column.READY_REPLICAS);
    }

    private static double ready(TimeSeries series, int step) {
        return series.value(TimeSeries.Column.READY_REPLICAS, step);
    }

    /** Returns whether no other crash falls within 60 s of this one, so counts are its own. */
    private static boolean isolated(TimelineEvent crash, List<TimelineEvent> all) {
        return all.stream()
                .filter(e -> e != crash)
                .noneMatch(e -> Math.abs(e.time() - crash.time()) < 60);
    }

    private static ClusterModel.Builder scheduled(ScheduledFailure... crashes) {
        return TwoRegions.model(fixed(), TwoRegions.geoDns(), 600, 5)
                .failures(Failures.scheduled(List.of(crashes)));
    }

    @Test
    void scheduledPodCrash_countPodsCrashAtTheTimeAndRecoverAfterStartupAndReadiness() {
        ClusterModel model =
                scheduled(
                                new ScheduledFailure(
                                        FailureKind.POD_CRASH,
                                        "web/europe-west1",
                                        100,
                                        Double.POSITIVE_INFINITY,
                                        3))
                        .build();
        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();

        assertThat(result.services().get(0).podCrashes()).isEqualTo(3);
        assertThat(result.services().get(0).regions().get(1).podCrashes()).isEqualTo(3);
        assertThat(crashes(result))
                .hasSize(3)
                .allMatch(e -> e.time() == 100 && e.subject().equals("web europe-west1"));
        TimeSeries eu = result.services().get(0).regions().get(1).series().orElseThrow();
        TimeSeries us = result.services().get(0).regions().get(0).series().orElseThrow();
        assertThat(ready(eu, 19)).isEqualTo(10);
        assertThat(ready(eu, 21)).isEqualTo(7);
        assertThat(ready(eu, 27)).isEqualTo(7);
        assertThat(ready(eu, 29)).isEqualTo(10);
        assertThat(us.column(TimeSeries.Column.READY_REPLICAS)).containsOnly(10);
    }

    @Test
    void scheduledPodCrash_moreThanThePods_crashesEveryRunningPodOnce() {
        ClusterModel model =
                scheduled(
                                new ScheduledFailure(
                                        FailureKind.POD_CRASH,
                                        "web/us-east-1",
                                        100,
                                        Double.POSITIVE_INFINITY,
                                        25))
                        .build();
        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();

        assertThat(crashes(result)).hasSize(10);
        TimeSeries us = result.services().get(0).regions().get(0).series().orElseThrow();
        assertThat(ready(us, 21)).isZero();
        assertThat(ready(us, 29)).isEqualTo(10);
    }

    @Test
    void podCrash_badCountMtbfAndTarget_areAllReportedWithTheirKeys() {
        List<ScheduledFailure> scheduled =
                List.of(
                        new ScheduledFailure(FailureKind.POD_CRASH, "web/us-east-1", 60, 1, 0),
                        new ScheduledFailure(FailureKind.POD_CRASH, "api", 60, 1, 1),
                        new ScheduledFailure(FailureKind.POD_CRASH, "web", 60, 1, 1),
                        new ScheduledFailure(FailureKind.ZONE_OUTAGE, "us-east-1z", 60, 1));
        List<RandomFailures> random =
                List.of(
                        RandomFailures.everywhere(
                                FailureKind.POD_CRASH, 0, new Distribution.Fixed(0)));
        ClusterModel model =
                TwoRegions.model(fixed(), TwoRegions.geoDns(), 600, 5)
                        .failures(new Failures(scheduled, random, OptionalDouble.empty()))
                        .build();

        List<Problem> problems;
        try {
            Simulation.builder(model).pricing(TwoRegions.PRICING).build();
            throw new AssertionError("expected an InvalidInputException");
        } catch (InvalidInputException e) {
            problems = e.problems();
        }

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "failures.scheduled[0].count",
                        "failures.scheduled[1].target",
                        "failures.scheduled[2].target",
                        "failures.scheduled[3].target",
                        "failures.random[0].mtbf");
        assertThat(problems.toString()).contains("\"api\"").contains("web/europe-west1");
    }
}
