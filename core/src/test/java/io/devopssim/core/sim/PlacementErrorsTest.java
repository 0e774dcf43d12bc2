package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.forecast.SeasonalNaiveForecaster;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.RoutingPolicy;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PlacementErrorsTest {

    private static List<Problem> problems(Runnable build) {
        try {
            build.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void build_unknownRegionZoneAndTarget_reportsEveryProblemWithItsPath() {
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(2)
                                        .placement(
                                                Placement.of("aws", "us-east-2", 1, 3, 1)
                                                        .withZones(List.of("us-east-2a"))),
                                TwoRegions.geoDns(),
                                600,
                                15)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.ZONE_OUTAGE,
                                                        "us-east-1c",
                                                        60,
                                                        60))))
                        .build();

        List<Problem> problems =
                problems(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build());

        assertThat(problems)
                .extracting(Problem::path)
                .contains("services[0].placements[2].region", "failures.scheduled[0].target");
        assertThat(problems.toString())
                .contains("us-east-2")
                .contains("did you mean \"us-east-1")
                .contains("us-east-1c");
    }

    @Test
    void build_unknownZoneOfAKnownRegion_isNamed() {
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(2)
                                        .placements(
                                                List.of(
                                                        Placement.of("aws", "us-east-1", 1, 3, 1)
                                                                .withZones(List.of("us-east-1z")),
                                                        Placement.of(
                                                                "gcp", "europe-west1", 1, 3, 1))),
                                TwoRegions.geoDns(),
                                600,
                                15)
                        .build();

        assertThat(problems(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build()))
                .extracting(Problem::path)
                .containsExactly("services[0].placements[0].zones[0]");
    }

    @Test
    void model_sharesNotSummingToOneAndMissingTraffic_areReportedTogether() {
        Traffic half = Traffic.of(RoutingPolicy.LATENCY, List.of(TwoRegions.sources().get(0)));
        ClusterModel.Builder bad =
                TwoRegions.model(
                        TwoRegions.web(2).placement(Placement.of("aws", "us-east-1", 1, 0, 1)),
                        half,
                        600,
                        15);

        assertThat(bad.validate())
                .extracting(Problem::path)
                .contains(
                        "traffic.sources",
                        "services[0].placements[2].region",
                        "services[0].placements[2].maxReplicas");
        assertThatThrownBy(bad::build).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void model_twoRegionsWithoutTraffic_isRefused() {
        ClusterModel.Builder bad =
                ClusterModel.builder()
                        .name("x")
                        .provider("aws")
                        .region("us-east-1")
                        .service(TwoRegions.web(2));

        assertThat(bad.validate())
                .extracting(Problem::path)
                .containsExactly("services[0].placements");
    }

    @Test
    void build_podCrashOfUnknownTargetNodeLossWithoutNodesAndPredictive_areRefused() {
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(2), TwoRegions.geoDns(), 600, 15)
                        .failures(
                                new Failures(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.POD_CRASH, "web-1", 60, 60)),
                                        List.of(
                                                RandomFailures.everywhere(
                                                        FailureKind.NODE_LOSS,
                                                        3600,
                                                        new Distribution.Fixed(60))),
                                        OptionalDouble.empty()))
                        .build();

        List<Problem> problems =
                problems(
                        () ->
                                Simulation.builder(model)
                                        .pricing(TwoRegions.PRICING)
                                        .predictive("web", SeasonalNaiveForecaster::daily)
                                        .build());

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "failures.scheduled[0].target", "failures.random[0].kind", "services[0]");
        assertThat(problems.toString())
                .contains("nodesPerZone")
                .contains("predictive")
                .contains("\"web-1\"")
                .contains("web/us-east-1, web/europe-west1");
    }

    @Test
    void build_scheduledFailureAfterTheEnd_isRefusedWithTheRunsLength() {
        // From a scenario whose region outage at 5 h never happened in a 2 h run, silently.
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(2), TwoRegions.geoDns(), 600, 15)
                        .failures(TwoRegions.regionDies(TwoRegions.US_EAST.id(), 900))
                        .build();

        List<Problem> problems =
                problems(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build());

        assertThat(problems).extracting(Problem::path).containsExactly("failures.scheduled[0].at");
        assertThat(problems.get(0).message()).contains("600").contains("900");
    }

    @Test
    void build_zeroMtbfAndHorizon_areNamedByTheirScenarioKeys() {
        // From a scenario with mtbf: 0, reported as failures.random[0].mtbfSeconds.
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(2), TwoRegions.geoDns(), 600, 15)
                        .failures(
                                new Failures(
                                        List.of(),
                                        List.of(
                                                RandomFailures.everywhere(
                                                        FailureKind.ZONE_OUTAGE,
                                                        0,
                                                        new Distribution.Fixed(60))),
                                        OptionalDouble.of(0)))
                        .build();

        List<Problem> problems =
                problems(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build());

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("failures.random[0].mtbf", "failures.horizon");
    }

    @Test
    void build_regionOutageWithNoPlacementFound_doesNotAskForNodes() {
        // From a scenario with two misspelt placements: "region-outage needs nodes" misled.
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(2)
                                        .placements(
                                                List.of(
                                                        Placement.of("aws", "us-east-9", 1, 3, 1),
                                                        Placement.of(
                                                                "gcp", "europe-west9", 1, 3, 1))),
                                TwoRegions.geoDns(),
                                600,
                                15)
                        .failures(TwoRegions.regionDies("us-east-9", 60))
                        .build();

        List<Problem> problems =
                problems(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build());

        assertThat(problems)
                .filteredOn(p -> p.path().equals("failures.scheduled[0].kind"))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.message())
                                        .doesNotContain("nodesPerZone")
                                        .contains("region"));
    }
}
