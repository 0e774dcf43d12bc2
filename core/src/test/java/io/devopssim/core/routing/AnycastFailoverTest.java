package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.DoubleSummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins anycast failover from its settings: checks every 5 s, threshold 2, 5 s convergence.
 *
 * <p>Detection takes {@code x + (2 − 1) × 5}, 5 to 10 s; draining adds the 5 s convergence, so all
 * traffic has moved 10 to 15 s after the failure, inside the 10 to 20 s such balancers achieve.
 */
class AnycastFailoverTest {

    private static final String DEAD = "eu-central-1";

    private static RoutingConfig anycast(double offset) {
        return World.threeContinents(RoutingPolicy.ANYCAST)
                .healthCheck(HealthCheck.anycast().withPhase(FailoverRun.phaseFor(offset, 5)))
                .build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 2.5, 4.99})
    void recovery_anycastDefaults_detectionPlusConvergence(double offset) {
        FailoverReport report = FailoverRun.fail(anycast(offset), 1, DEAD, 60);

        assertThat(report.detectionSeconds()).hasValueCloseTo(offset + 5, within(1e-9));
        assertThat(report.recoveredSeconds()).hasValueCloseTo(offset + 10, within(1e-9));
        assertThat(report.recovered99Seconds())
                .hasValueCloseTo(offset + 5 + 0.99 * 5, within(1e-6));
    }

    @Test
    void recovery_anycastRandomPhases_withinTenToTwentySeconds() {
        RoutingConfig config = World.threeContinents(RoutingPolicy.ANYCAST).build();
        DoubleSummaryStatistics recovery = new DoubleSummaryStatistics();

        for (long seed = 0; seed < 300; seed++) {
            recovery.accept(
                    FailoverRun.fail(config, seed, DEAD, 60, 1).recoveredSeconds().orElseThrow());
        }

        assertThat(recovery.getMin()).isGreaterThanOrEqualTo(10.0);
        assertThat(recovery.getMax()).isLessThanOrEqualTo(20.0);
        assertThat(recovery.getAverage()).isCloseTo(12.5, within(0.5));
    }

    @Test
    void deadShare_duringConvergence_fallsLinearly() {
        FailoverReport report = FailoverRun.fail(anycast(2), 2, DEAD, 60, 0.5);
        double detectedAt = FailoverRun.FAILED_AT + 7;

        for (SharePoint p : report.source("europe").deadShare()) {
            double expected = Math.max(0, Math.min(1, 1 - (p.time() - detectedAt) / 5));
            assertThat(p.share()).as("at %s", p.time()).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void failedRequests_anycast_rateTimesDetectionPlusHalfConvergence() {
        FailoverReport report = FailoverRun.fail(anycast(2), 3, DEAD, 60, 0.1);

        // 400 requests/s from Europe: share 1 for 7 s, then a linear drain over 5 s.
        assertThat(report.failedRequests()).isCloseTo(400 * (7 + 2.5), within(400 * 0.1));
    }

    @Test
    void convergence_zero_movesAtDetection() {
        RoutingConfig config =
                World.threeContinents(RoutingPolicy.ANYCAST)
                        .healthCheck(HealthCheck.anycast().withPhase(FailoverRun.phaseFor(1, 5)))
                        .anycast(new AnycastSettings(0))
                        .build();

        FailoverReport report = FailoverRun.fail(config, 4, DEAD, 60);

        assertThat(report.recoveredSeconds()).hasValueCloseTo(6.0, within(1e-9));
    }
}
