package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DiurnalFailoverTest {

    @Test
    void failedRequests_diurnalRate_integralOfRateTimesDeadShare() {
        ClientSource paris =
                ClientSource.at("europe", 1, 48.86, 2.35, ZoneId.of("Europe/Paris"))
                        .withDiurnal(new DiurnalShape(0.8, 1));
        RoutingConfig config =
                RoutingConfig.builder()
                        .source(paris)
                        .region(ServingRegion.of(World.EU_CENTRAL))
                        .region(ServingRegion.of(World.EU_WEST))
                        .healthCheck(HealthCheck.route53().withPhase(FailoverRun.phaseFor(10, 30)))
                        .runStart(Instant.parse("2026-06-01T00:00:00Z"))
                        .meanRps(500)
                        .build();

        FailoverReport report = FailoverRun.fail(config, 9, "eu-central-1", 400, 0.05);

        // Independent integral: 500 × (1 + 0.8 cos(2π (h − 1) / 24)) with h the Paris hour
        // (UTC + 2 in June), times a dead share of 1 until 1070 s and a linear fall over 60 s.
        double expected = 0;
        double h = 0.001;
        for (double t = 1000 + h / 2; t < 1400; t += h) {
            double hour = (t / 3600 + 2) % 24;
            double rate = 500 * (1 + 0.8 * Math.cos(2 * Math.PI * (hour - 1) / 24));
            double share = Math.max(0, Math.min(1, 1 - (t - 1070) / 60));
            expected += rate * share * h;
        }
        assertThat(report.failedRequests()).isCloseTo(expected, within(expected * 0.002));
        assertThat(report.failedRequests()).isGreaterThan(500 * 100);
    }
}
