package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvNumbersTest {

    @Test
    void quantity_binaryNoise_roundedAway() {
        assertThat(CsvNumbers.quantity(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CsvNumbers.quantity(1 - 0.9)).isEqualTo("0.1");
        assertThat(CsvNumbers.quantity(3 * 1.1)).isEqualTo("3.3");
    }

    @Test
    void quantity_sixSignificantDigitsButWholeIntegerPart() {
        assertThat(CsvNumbers.quantity(0.123456789)).isEqualTo("0.123457");
        assertThat(CsvNumbers.quantity(1234.56789)).isEqualTo("1234.57");
        assertThat(CsvNumbers.quantity(12_345_678.9)).isEqualTo("12345679");
        assertThat(CsvNumbers.quantity(-2.5e-5)).isEqualTo("-0.000025");
        assertThat(CsvNumbers.quantity(0.000012345678)).isEqualTo("0.0000123457");
    }

    @Test
    void quantity_wholeAndSpecialValues() {
        assertThat(CsvNumbers.quantity(42)).isEqualTo("42");
        assertThat(CsvNumbers.quantity(0)).isEqualTo("0");
        assertThat(CsvNumbers.quantity(-0.0)).isEqualTo("0");
        assertThat(CsvNumbers.quantity(Double.NaN)).isEmpty();
        assertThat(CsvNumbers.quantity(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(CsvNumbers.quantity(1e300)).isEqualTo("1.0E300");
        assertThat(CsvNumbers.quantity(1.5e-9)).isEqualTo("1.5E-9");
        // below 10^-12: float noise (0.1 + 0.2 - 0.3) and the fluid model's far tails are 0
        assertThat(CsvNumbers.quantity(1.1102230246251565e-16)).isEqualTo("0");
        assertThat(CsvNumbers.quantity(6.25449e-93)).isEqualTo("0");
        assertThat(CsvNumbers.quantity(-2.2947e-58)).isEqualTo("0");
    }

    @Test
    void seconds_keepMilliseconds() {
        assertThat(CsvNumbers.seconds(604_800.123_456)).isEqualTo("604800.123");
        assertThat(CsvNumbers.seconds(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CsvNumbers.seconds(15)).isEqualTo("15");
        assertThat(CsvNumbers.seconds(0.0004)).isEqualTo("0");
        assertThat(CsvNumbers.seconds(Double.NaN)).isEmpty();
    }

    @Test
    void exact_valueAsRead_roundTrips() {
        assertThat(CsvNumbers.exact(0.1)).isEqualTo("0.1");
        assertThat(CsvNumbers.exact(42)).isEqualTo("42");
        assertThat(CsvNumbers.exact(123456.789012345)).isEqualTo("123456.789012345");
        assertThat(Double.parseDouble(CsvNumbers.exact(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
    }
}
