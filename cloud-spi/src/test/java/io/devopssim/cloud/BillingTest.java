package io.devopssim.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BillingTest {

    private final Billing perSecond = new Billing(1, 60, "s");
    private final Billing perHour = new Billing(3600, 3600, "s");

    @ParameterizedTest
    @CsvSource({"0, 60", "30, 60", "60, 60", "61.2, 62", "3600, 3600"})
    void chargedSeconds_perSecondWithMinute_roundsUpToSecondAndMinute(double run, double charged) {
        assertThat(perSecond.chargedSeconds(run)).isEqualTo(charged);
    }

    @ParameterizedTest
    @CsvSource({"1, 3600", "3600, 3600", "3601, 7200"})
    void chargedSeconds_perHour_roundsUpToWholeHours(double run, double charged) {
        assertThat(perHour.chargedSeconds(run)).isEqualTo(charged);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void chargedSeconds_negativeOrNotFinite_throws(double run) {
        assertThatThrownBy(() -> perSecond.chargedSeconds(run))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runSeconds");
    }
}
