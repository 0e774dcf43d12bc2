package io.devopssim.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void number_ordinaryMagnitudes_writtenPlainWithoutTrailingZero() {
        assertThat(Values.number(2)).isEqualTo("2");
        assertThat(Values.number(-3)).isEqualTo("-3");
        assertThat(Values.number(0)).isEqualTo("0");
        assertThat(Values.number(0.5)).isEqualTo("0.5");
        assertThat(Values.number(0.000_001)).isEqualTo("0.000001");
        assertThat(Values.number(86_400)).isEqualTo("86400");
        assertThat(Values.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
    }

    @Test
    void number_hugeOrTinyMagnitudes_writtenScientific() {
        assertThat(Values.number(1e300)).isEqualTo("1.0E300");
        assertThat(Values.number(-1e300)).isEqualTo("-1.0E300");
        assertThat(Values.number(1e15)).isEqualTo("1.0E15");
        assertThat(Values.number(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(Values.number(1e-9)).isEqualTo("1.0E-9");
        assertThat(Values.number(-Double.MIN_VALUE)).isEqualTo("-4.9E-324");
    }

    @Test
    void number_notFinite_writtenAsJavaNamesThem() {
        assertThat(Values.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Values.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
