package io.devopssim.core.routing;

import static io.devopssim.core.routing.FailoverRun.FAILED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.model.Distribution;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins DNS failover timings from Route 53's defaults: checks every 30 s, threshold 3, TTL 60 s.
 *
 * <p>Expected from the settings alone: detection {@code x + (3 − 1) × 30} for a failure {@code x}
 * seconds before the next check, so 60 to 90 s; the last client moves one TTL later, 120 to 150 s;
 * with {@code x} uniform, the means are 75 s and 135 s.
 */
class DnsFailoverTest {

    private static final String DEAD = "eu-central-1";
    private static final double INTERVAL = 30;
    private static final double TTL = 60;

    private static RoutingConfig route53(double offset) {
        return World.threeContinents(RoutingPolicy.LATENCY)
                .healthCheck(HealthCheck.route53().withPhase(FailoverRun.phaseFor(offset, 30)))
                .build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 7.5, 15, 29.9})
    void detection_route53Defaults_isOffsetPlusTwoIntervals(double offset) {
        FailoverReport report = FailoverRun.fail(route53(offset), 1, DEAD, 300);

        assertThat(report.detectionSeconds()).hasValueCloseTo(offset + 2 * INTERVAL, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 15, 29.9})
    void recovery_route53Defaults_endsOneTtlAfterDetection(double offset) {
        FailoverReport report = FailoverRun.fail(route53(offset), 2, DEAD, 300);

        double detection = offset + 2 * INTERVAL;
        double recovered = report.recoveredSeconds().orElseThrow();
        assertThat(recovered).isBetween(detection + TTL * 0.99, detection + TTL);
        // 1,000 resolvers with one phase per TTL / 1,000 slot: the last expires in the final slot.
        assertThat(recovered).isBetween(120.0 - TTL / 1000, 150.0);
        assertThat(report.recovered99Seconds())
                .hasValueCloseTo(detection + 0.99 * TTL, within(0.2));
    }

    @Test
    void recovery_route53RandomPhases_boundedAndCentredOnTwoAndAQuarterMinutes() {
        RoutingConfig config = World.threeContinents(RoutingPolicy.LATENCY).build();
        DoubleSummaryStatistics detection = new DoubleSummaryStatistics();
        DoubleSummaryStatistics recovery = new DoubleSummaryStatistics();

        for (long seed = 0; seed < 300; seed++) {
            FailoverReport report = FailoverRun.fail(config, seed, DEAD, 200, 5);
            detection.accept(report.detectionSeconds().orElseThrow());
            recovery.accept(report.recoveredSeconds().orElseThrow());
        }

        // 300 uniform offsets over 30 s: the mean has a standard error of 0.5 s.
        assertThat(detection.getMin()).isGreaterThanOrEqualTo(60.0);
        assertThat(detection.getMax()).isLessThan(90.0);
        assertThat(detection.getAverage()).isCloseTo(75.0, within(2.0));
        assertThat(recovery.getMin()).isGreaterThanOrEqualTo(119.0);
        assertThat(recovery.getMax()).isLessThanOrEqualTo(150.0);
        assertThat(recovery.getAverage()).isCloseTo(135.0, within(2.0));
    }

    @Test
    void deadShare_afterAnswerChange_fallsLinearlyOverTheTtl() {
        FailoverReport report = FailoverRun.fail(route53(10), 3, DEAD, 300, 1);
        double switchAt = FAILED_AT + 10 + 2 * INTERVAL;

        for (SharePoint p : report.source("europe").deadShare()) {
            double expected = Math.max(0, Math.min(1, 1 - (p.time() - switchAt) / TTL));
            assertThat(p.share()).as("at %s", p.time()).isCloseTo(expected, within(0.002));
        }
    }

    @Test
    void failedRequests_constantRate_equalRateTimesDetectionPlusHalfTtl() {
        FailoverReport report = FailoverRun.fail(route53(10), 4, DEAD, 300);

        // Europe sends 40 % of 1,000 requests/s; the dead share is 1 until the switch at 70 s,
        // then falls linearly over 60 s, so its integral is 70 + 60 / 2 = 100 s.
        double rate = 400;
        assertThat(report.failedRequests()).isCloseTo(rate * 100, within(rate * 0.2));
        assertThat(report.source("america").failedRequests()).isZero();
    }

    @Test
    void tail_tenPercentIgnoreTtlForFiveMinutes_stretchesRecoveryByFiveMinutes() {
        DnsSettings dns =
                new DnsSettings(TTL, 10_000, 0, new Distribution.Fixed(0), 0)
                        .withTtlIgnoring(0.10, new Distribution.Fixed(300));
        RoutingConfig config =
                World.threeContinents(RoutingPolicy.LATENCY)
                        .healthCheck(HealthCheck.route53().withPhase(FailoverRun.phaseFor(10, 30)))
                        .dns(dns)
                        .build();

        FailoverReport report = FailoverRun.fail(config, 5, DEAD, 600);

        // Ignoring resolvers keep answers 360 s: 10 % of the traffic drains linearly over 360 s,
        // so 1 % is left when 0.1 × (1 − d / 360) = 0.01, at d = 324 s.
        double detection = 70;
        assertThat(report.recoveredSeconds().orElseThrow())
                .isBetween(detection + 355, detection + 360);
        assertThat(report.recovered99Seconds()).hasValueCloseTo(detection + 324, within(8.0));
        double share = report.source("europe").deadShare().get(10 * (70 + 120)).share();
        assertThat(share).isCloseTo(0.1 * (1 - 120 / 360.0), within(0.005));
        double meanWait = 0.9 * TTL / 2 + 0.1 * 360 / 2;
        assertThat(report.failedRequests())
                .isCloseTo(400 * (detection + meanWait), within(400 * 1.5));
    }

    @Test
    void propagation_delaysTheAnswerChange() {
        DnsSettings dns = new DnsSettings(TTL, 1000, 0, new Distribution.Fixed(0), 20);
        RoutingConfig config =
                World.threeContinents(RoutingPolicy.LATENCY)
                        .healthCheck(HealthCheck.route53().withPhase(FailoverRun.phaseFor(0, 30)))
                        .dns(dns)
                        .build();

        FailoverReport report = FailoverRun.fail(config, 6, DEAD, 300);

        assertThat(report.detectionSeconds()).hasValueCloseTo(60.0, within(1e-9));
        assertThat(report.recoveredSeconds().orElseThrow()).isBetween(60 + 20 + 59.0, 140.0);
    }

    @Test
    void report_sameSeed_identical() {
        RoutingConfig config = World.threeContinents(RoutingPolicy.LATENCY).build();

        FailoverReport a = FailoverRun.fail(config, 42, DEAD, 200, 1);
        FailoverReport b = FailoverRun.fail(config, 42, DEAD, 200, 1);
        FailoverReport c = FailoverRun.fail(config, 43, DEAD, 200, 1);

        assertThat(a).isEqualTo(b);
        assertThat(List.of(a.detectionSeconds())).isNotEqualTo(List.of(c.detectionSeconds()));
    }
}
