package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class CspAutoscaleScenarioTest {

    /** "A few percent" of the benchmark's description, as a stated tolerance. */
    private static final double TOLERANCE_PERCENT = 3;

    private static void assertCloseToCloudSimPlus(int hosts) {
        CloudSimPlusReference reference = CloudSimPlusReference.forHosts(hosts).orElseThrow();

        CspAutoscaleOutcome outcome = CspAutoscaleScenario.withHosts(hosts).run();

        assertThat(outcome.requests()).isEqualTo(reference.requests());
        assertThat((double) outcome.finished())
                .isCloseTo(reference.finished(), withinPercentage(TOLERANCE_PERCENT));
        assertThat((double) outcome.vmsAdded())
                .isCloseTo(reference.vmsAdded(), withinPercentage(TOLERANCE_PERCENT));
    }

    @Test
    void run_tenHosts_matchesCloudSimPlusWithinAFewPercent() {
        assertCloseToCloudSimPlus(10);
    }

    @Test
    void run_hundredHosts_matchesCloudSimPlusWithinAFewPercent() {
        assertCloseToCloudSimPlus(100);
    }

    @Test
    void run_twice_identicalOutcomes() {
        CspAutoscaleScenario scenario = CspAutoscaleScenario.withHosts(10);

        assertThat(scenario.run()).isEqualTo(scenario.run());
    }

    @Test
    void run_tenHosts_neverExceedsTheCapOfTwentyVmsPerHost() {
        CspAutoscaleOutcome outcome = CspAutoscaleScenario.withHosts(10).run();

        assertThat(outcome.peakVms()).isLessThanOrEqualTo(200);
        assertThat(outcome.vmsAtEnd()).isEqualTo(100 + outcome.vmsAdded() - outcome.vmsDestroyed());
    }

    @Test
    void run_oneHost_requestsAreTwoHundredForty() {
        // Σ sin(2πm/60) over a whole period is zero, so the batches add up to 240·H.
        assertThat(CspAutoscaleScenario.withHosts(1).run().requests()).isEqualTo(240);
    }

    @Test
    void batchSize_followsTheSine() {
        assertThat(CspAutoscaleRun.batchSize(10, 0)).isEqualTo(40);
        assertThat(CspAutoscaleRun.batchSize(10, 15)).isEqualTo(60);
        assertThat(CspAutoscaleRun.batchSize(10, 45)).isEqualTo(20);
        assertThat(CspAutoscaleRun.batchSize(10, 5)).isEqualTo(50);
    }

    @Test
    void work_cyclesThroughFiveSizes() {
        assertThat(
                        new double[] {
                            CspAutoscaleRun.work(0),
                            CspAutoscaleRun.work(1),
                            CspAutoscaleRun.work(4),
                            CspAutoscaleRun.work(5),
                            CspAutoscaleRun.work(13)
                        })
                .containsExactly(240, 270, 360, 240, 330);
    }

    @Test
    void withHosts_outsideTheRange_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> CspAutoscaleScenario.withHosts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> CspAutoscaleScenario.withHosts(2_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cloudSimPlusReference_unknownSize_isEmpty() {
        assertThat(CloudSimPlusReference.forHosts(10_000)).isEmpty();
        assertThat(CloudSimPlusReference.forHosts(1_000).orElseThrow().finished())
                .isEqualTo(225_493);
    }

    @Test
    void run_neverBusyVmsKept_destroysAndSoAddsFewerVms() {
        // Without the idle clock from a VM's start, VMs that never got a request are never
        // destroyed, so the fleet stays at the cap longer and fewer VMs are added.
        CspAutoscaleOutcome chosen = new CspAutoscaleRun(10, CspReadings.CHOSEN).run();
        CspAutoscaleOutcome kept =
                new CspAutoscaleRun(10, new CspReadings(true, false, false)).run();

        assertThat(kept.finished()).isEqualTo(chosen.finished());
        assertThat(kept.vmsDestroyed()).isLessThan(chosen.vmsDestroyed());
        assertThat(kept.vmsAdded()).isLessThan(chosen.vmsAdded());
    }

    @Test
    void run_eachReading_isDeterministicAndConsistent() {
        for (boolean arrivals : new boolean[] {true, false}) {
            for (boolean completions : new boolean[] {true, false}) {
                CspReadings readings = new CspReadings(arrivals, completions, true);
                CspAutoscaleOutcome first = new CspAutoscaleRun(10, readings).run();

                assertThat(new CspAutoscaleRun(10, readings).run()).isEqualTo(first);
                assertThat(first.vmsAtEnd())
                        .isEqualTo(100 + first.vmsAdded() - first.vmsDestroyed());
            }
        }
    }
}
