package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.kernel.RunOutcome;
import io.devopssim.core.kernel.SimEvent;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobalRoutingTest {

    private static final String DEAD = "eu-central-1";

    private final SimulationKernel kernel = SimulationKernel.create(7);
    private final List<SimEvent> events = new ArrayList<>();

    private GlobalRouting route53(double offsetFromThousand) {
        RoutingConfig config =
                World.threeContinents(RoutingPolicy.LATENCY)
                        .healthCheck(
                                HealthCheck.route53()
                                        .withPhase(FailoverRun.phaseFor(offsetFromThousand, 30)))
                        .build();
        kernel.addListener(SimEvent.class, events::add);
        return GlobalRouting.start(kernel, config);
    }

    @Test
    void answerWithout_failedRegions_givesTheSplitOnceCachesFollowWithoutChangingState() {
        GlobalRouting routing = route53(10);

        // Paris is nearest eu-central-1 (Frankfurt), then eu-west-1 (Dublin).
        assertThat(routing.answerWithout("europe", Set.of()).get(DEAD)).isEqualTo(1.0);
        assertThat(routing.answerWithout("europe", Set.of(DEAD)).get("eu-west-1")).isEqualTo(1.0);
        assertThat(routing.isHealthy(DEAD)).isTrue();
        assertThat(routing.split("europe", 0).get(DEAD)).isEqualTo(1.0);
        assertThatThrownBy(() -> routing.answerWithout("europe", Set.of("mars-1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mars-1");
    }

    @Test
    void events_regionFailure_markedUnhealthyThenOneAnswerChangePerAffectedSource() {
        GlobalRouting routing = route53(10);
        kernel.scheduleAt(1000, k -> routing.regionFailed(DEAD));

        assertThat(kernel.run()).isEqualTo(RunOutcome.COMPLETED);

        assertThat(events).hasSize(2);
        RegionMarkedUnhealthy marked = (RegionMarkedUnhealthy) events.get(0);
        assertThat(marked.region()).isEqualTo(DEAD);
        assertThat(marked.detectionSeconds()).isCloseTo(70, within(1e-9));
        RoutingAnswerChanged changed = (RoutingAnswerChanged) events.get(1);
        assertThat(changed.source()).isEqualTo("europe");
        assertThat(changed.time()).isEqualTo(1070);
        assertThat(changed.split()).containsEntry("eu-west-1", 1.0).containsEntry(DEAD, 0.0);
        assertThat(changed.takenUpBy()).isBetween(1070 + 59.9, 1130.0);
    }

    @Test
    void restore_afterFailover_markedHealthyAfterThreePassesAndTrafficReturns() {
        GlobalRouting routing = route53(10);
        kernel.scheduleAt(1000, k -> routing.regionFailed(DEAD));
        kernel.scheduleAt(1500, k -> routing.regionRestored(DEAD));

        kernel.runUntil(2000);

        // Checks at 1010 + 30k: the first at or after 1500 is at 1520, the third at 1580.
        RegionMarkedHealthy healthy =
                events.stream()
                        .filter(RegionMarkedHealthy.class::isInstance)
                        .map(RegionMarkedHealthy.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertThat(healthy.time()).isEqualTo(1580);
        assertThat(routing.share("europe", DEAD, 1580)).isZero();
        assertThat(routing.share("europe", DEAD, 1610)).isCloseTo(0.5, within(0.01));
        assertThat(routing.share("europe", DEAD, 1641)).isEqualTo(1.0);
        assertThat(routing.isHealthy(DEAD)).isTrue();
    }

    @Test
    void flap_shorterThanTheGapBetweenChecks_isNeverSeen() {
        GlobalRouting routing = route53(10);
        kernel.scheduleAt(1000.5, k -> routing.regionFailed(DEAD));
        kernel.scheduleAt(1005, k -> routing.regionRestored(DEAD));

        kernel.run();

        assertThat(events).isEmpty();
        assertThat(routing.isHealthy(DEAD)).isTrue();
    }

    @Test
    void flap_restoredBeforeThreshold_resetsTheCount() {
        GlobalRouting routing = route53(10);
        kernel.scheduleAt(1000, k -> routing.regionFailed(DEAD));
        kernel.scheduleAt(1045, k -> routing.regionRestored(DEAD));
        kernel.scheduleAt(1100, k -> routing.regionFailed(DEAD));

        kernel.run();

        // Checks at 1010 and 1040 failed, 1070 passed; from 1100 they fail at 1100, 1130, 1160.
        RegionMarkedUnhealthy marked = (RegionMarkedUnhealthy) events.get(0);
        assertThat(marked.time()).isEqualTo(1160);
        assertThat(marked.failedAt()).isEqualTo(1100);
    }

    @Test
    void flap_downAgainBeforeAnyPassingCheck_keepsCounting() {
        GlobalRouting routing = route53(10);
        kernel.scheduleAt(1000, k -> routing.regionFailed(DEAD));
        kernel.scheduleAt(1045, k -> routing.regionRestored(DEAD));
        kernel.scheduleAt(1060, k -> routing.regionFailed(DEAD));

        kernel.run();

        // No check fell between 1045 and 1060, so 1010, 1040 and 1070 are three failures.
        assertThat(((RegionMarkedUnhealthy) events.get(0)).time()).isEqualTo(1070);
    }

    @Test
    void allRegionsDown_answersFailOpen() {
        GlobalRouting routing = route53(10);
        for (String r : List.of("us-east-1", "eu-west-1", DEAD, "ap-northeast-1")) {
            kernel.scheduleAt(1000, k -> routing.regionFailed(r));
        }

        kernel.runUntil(2000);

        assertThat(routing.split("europe", 2000)).containsEntry(DEAD, 1.0);
    }

    @Test
    void rate_diurnalSource_peaksAtItsLocalPeakHour() {
        ClientSource paris = World.EUROPE.withDiurnal(new DiurnalShape(0.5, 20));
        RoutingConfig config =
                RoutingConfig.builder()
                        .source(paris)
                        .source(World.AMERICA.withDiurnal(new DiurnalShape(0, 12)))
                        .source(World.ASIA)
                        .region(ServingRegion.of(World.EU_WEST))
                        .build();
        GlobalRouting routing = GlobalRouting.start(kernel, config);

        // The run starts at 00:00 UTC in January, 01:00 in Paris: 20:00 local is 19 h in.
        assertThat(routing.rateRps("europe", 19 * 3600)).isCloseTo(400 * 1.5, within(1e-6));
        assertThat(routing.rateRps("europe", 7 * 3600)).isCloseTo(400 * 0.5, within(1e-6));
        assertThat(routing.rateRps("america", 5)).isCloseTo(400, within(1e-9));
    }

    @Test
    void regionFailed_unknownRegion_suggestsTheClosestName() {
        GlobalRouting routing = route53(0);

        assertThatThrownBy(() -> routing.regionFailed("eu-centrl-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown region \"eu-centrl-1\"")
                .hasMessageContaining("did you mean \"eu-central-1\"");
    }

    @Test
    void report_noOutageAtThatTime_throws() {
        GlobalRouting routing = route53(0);

        assertThatThrownBy(() -> routing.report(DEAD, 5, 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no outage starting at 5");
    }
}
