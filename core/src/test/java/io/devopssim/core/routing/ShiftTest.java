package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShiftTest {

    @Test
    void cacheShift_movedBy_countsWaitsAtMostTheElapsedTime() {
        CacheShift shift = new CacheShift(100, new double[] {30, 0, 10, 10});

        assertThat(shift.movedBy(99.9)).isZero();
        assertThat(shift.movedBy(100)).isEqualTo(0.25);
        assertThat(shift.movedBy(109.9)).isEqualTo(0.25);
        assertThat(shift.movedBy(110)).isEqualTo(0.75);
        assertThat(shift.movedBy(130)).isEqualTo(1.0);
        assertThat(shift.doneAt()).isEqualTo(130);
        assertThat(shift.start()).isEqualTo(100);
    }

    @Test
    void linearShift_movesEvenlyThenStays() {
        LinearShift shift = new LinearShift(10, 4);

        assertThat(shift.movedBy(9)).isZero();
        assertThat(shift.movedBy(11)).isEqualTo(0.25);
        assertThat(shift.movedBy(14)).isEqualTo(1.0);
        assertThat(shift.movedBy(100)).isEqualTo(1.0);
        assertThat(shift.doneAt()).isEqualTo(14);
    }

    @Test
    void instant_movesAtItsStart() {
        Shift shift = Shift.instant(5);

        assertThat(shift.movedBy(4.999)).isZero();
        assertThat(shift.movedBy(5)).isEqualTo(1.0);
        assertThat(shift.doneAt()).isEqualTo(5);
    }
}
