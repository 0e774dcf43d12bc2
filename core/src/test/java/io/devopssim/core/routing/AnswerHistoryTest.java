package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.Distribution;
import org.junit.jupiter.api.Test;

class AnswerHistoryTest {

    private static final double[] A = {1, 0};
    private static final double[] B = {0, 1};
    private static final double TTL = 60;

    private final ResolverPopulation resolvers =
            new ResolverPopulation(
                    new DnsSettings(TTL, 10_000, 0, new Distribution.Fixed(0), 0),
                    SimulationKernel.create(1).random("test"));

    @Test
    void shift_evenPhases_movedShareGrowsLinearlyOverOneTtl() {
        Shift shift = resolvers.shiftAt(1234.5);

        for (double d = 0; d <= TTL; d += 7.5) {
            assertThat(shift.movedBy(1234.5 + d)).isCloseTo(d / TTL, within(1e-3));
        }
        assertThat(shift.movedBy(1234.4)).isZero();
        assertThat(shift.doneAt()).isBetween(1234.5 + TTL - TTL / 10_000, 1234.5 + TTL);
    }

    @Test
    void splitAt_failbackDuringTheDrain_eachResolverFollowsItsLastQuery() {
        AnswerHistory history = new AnswerHistory(A);
        history.change(B, resolvers.shiftAt(0));
        history.change(A, resolvers.shiftAt(30));

        // At 45 s: 75 % have queried since 0 and 25 % since 30, so B holds 75 − 25 = 50 %;
        // A holds those not queried since 0 (25 %) and those queried since 30 (25 %).
        double[] split = history.splitAt(45);

        assertThat(split[0]).isCloseTo(0.5, within(2e-3));
        assertThat(split[1]).isCloseTo(0.5, within(2e-3));
        assertThat(history.shareAt(1, 45)).isCloseTo(split[1], within(1e-12));
        assertThat(history.splitAt(30 + TTL)).containsExactly(1.0, 0.0);
    }

    @Test
    void splitAt_beforeAnyChange_isTheInitialAnswer() {
        AnswerHistory history = new AnswerHistory(A);
        history.change(B, new LinearShift(100, 10));

        assertThat(history.splitAt(99)).containsExactly(1.0, 0.0);
        assertThat(history.splitAt(105)[1]).isCloseTo(0.5, within(1e-12));
        assertThat(history.splitAt(110)).containsExactly(0.0, 1.0);
    }

    @Test
    void population_ttlIgnoringShare_exactCountKeepsLongerPeriods() {
        ResolverPopulation mixed =
                new ResolverPopulation(
                        new DnsSettings(TTL, 1000, 0.25, new Distribution.Fixed(240), 0),
                        SimulationKernel.create(2).random("test"));

        Shift shift = mixed.shiftAt(0);

        // 750 resolvers move within 60 s; the 250 others, with a 300 s period, at 1/300 per s.
        assertThat(shift.movedBy(TTL)).isCloseTo(0.75 + 0.25 * TTL / 300, within(0.03));
        assertThat(shift.movedBy(TTL)).isGreaterThanOrEqualTo(0.75);
        assertThat(shift.movedBy(240)).isLessThan(1.0);
        assertThat(shift.doneAt()).isBetween(240.0, 300.0);
    }
}
