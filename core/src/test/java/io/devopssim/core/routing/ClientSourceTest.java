package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClientSourceTest {

    private final DiurnalShape shape = new DiurnalShape(0.6, 14);

    @Test
    void factor_peakAndTrough_areOneplusAndMinusAmplitude() {
        assertThat(shape.factor(14)).isCloseTo(1.6, within(1e-12));
        assertThat(shape.factor(2)).isCloseTo(0.4, within(1e-12));
        assertThat(shape.factor(8)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void factor_overADay_averagesOne() {
        double sum = 0;
        int steps = 24 * 60;
        for (int i = 0; i < steps; i++) {
            sum += shape.factor(i * 24.0 / steps);
        }

        assertThat(sum / steps).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void flat_isOneAllDay() {
        assertThat(DiurnalShape.flat().factor(3.7)).isEqualTo(1.0);
    }

    @Test
    void rateFactor_followsLocalTimeAcrossDaylightSaving() {
        ClientSource newYork =
                ClientSource.at("ny", 1, 40.7, -74.0, ZoneId.of("America/New_York"))
                        .withDiurnal(shape);

        // 14:00 local is 19:00 UTC in January (EST) and 18:00 UTC in July (EDT).
        assertThat(newYork.rateFactor(Instant.parse("2026-01-15T19:00:00Z")))
                .isCloseTo(1.6, within(1e-9));
        assertThat(newYork.rateFactor(Instant.parse("2026-07-15T18:00:00Z")))
                .isCloseTo(1.6, within(1e-9));
    }

    @Test
    void at_coordinates_makeAPointOutsideAnyCloud() {
        ClientSource s = ClientSource.at("sao-paulo", 0.1, -23.55, -46.63, ZoneId.of("UTC"));

        assertThat(s.location().id()).isEqualTo("clients:sao-paulo");
        assertThat(s.location().latitude()).isEqualTo(-23.55);
        assertThat(s.withShare(0.3).share()).isEqualTo(0.3);
        assertThat(s.withShare(0.3).name()).isEqualTo("sao-paulo");
    }
}
