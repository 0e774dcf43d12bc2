package io.devopssim.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void seconds_eachUnit_convertsToSeconds() {
        assertThat(Units.seconds("500ms")).hasValue(0.5);
        assertThat(Units.seconds("30s")).hasValue(30.0);
        assertThat(Units.seconds("5m")).hasValue(300.0);
        assertThat(Units.seconds("2h")).hasValue(7200.0);
        assertThat(Units.seconds("7d")).hasValue(604800.0);
        assertThat(Units.seconds("1.5")).hasValue(1.5);
    }

    @Test
    void seconds_unknownUnitOrNegative_empty() {
        assertThat(Units.seconds("15x")).isEmpty();
        assertThat(Units.seconds("-5s")).isEmpty();
        assertThat(Units.seconds("1f")).isEmpty();
    }

    @Test
    void quantity_decimalBinaryAndExponentForms_convert() {
        assertThat(Units.quantity("250m")).hasValue(0.25);
        assertThat(Units.quantity("0.5")).hasValue(0.5);
        assertThat(Units.quantity("1")).hasValue(1.0);
        assertThat(Units.quantity("500Mi")).hasValue(500.0 * 1024 * 1024);
        assertThat(Units.quantity("1G")).hasValue(1e9);
        assertThat(Units.quantity("1e3")).hasValue(1000.0);
        assertThat(Units.quantity("10k")).hasValue(10000.0);
    }

    @Test
    void quantity_garbage_empty() {
        assertThat(Units.quantity("lots")).isEmpty();
        assertThat(Units.quantity("5 cores")).isEmpty();
    }

    @Test
    void closest_typo_suggestsKnownKey() {
        assertThat(Suggestions.closest("capasityRps", List.of("capacityRps", "cpu")))
                .hasValue("capacityRps");
        assertThat(Suggestions.closest("zzzzzz", List.of("cpu"))).isEmpty();
    }
}
