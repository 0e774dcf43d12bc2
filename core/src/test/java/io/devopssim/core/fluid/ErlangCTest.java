package io.devopssim.core.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCTest {

    private static final double EXACT = 1e-12;

    /**
     * Independent Erlang C from its closed form with factorial sums: C = t / (s + t), where s =
     * sum_{k<c} a^k / k! and t = a^c / c! * c / (c - a); for moderate c only.
     */
    private static double closedFormErlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double waiting = term * c / (c - a);
        return waiting / (sum + waiting);
    }

    /**
     * Independent Erlang B by the plain recursion B(k) = a B(k-1) / (k + a B(k-1)) from B(0) = 1.
     */
    private static double plainErlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    @Test
    void probabilityOfWaiting_mm1HalfLoad_isRho() {
        // M/M/1: C = rho = a = 0.5.
        assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void probabilityOfWaiting_mm2OneErlang_isOneThird() {
        // M/M/2, a = 1: C = (a^2/2! * 2/(2-1)) / (1 + a + 1) = 1 / 3.
        assertThat(ErlangC.probabilityOfWaiting(2, 1.0)).isCloseTo(1.0 / 3, within(EXACT));
    }

    @Test
    void probabilityOfWaiting_callCentreTenAgentsEightErlangs_is0point4092() {
        // c = 10 agents, a = 8 Erlangs: C = 0.40918015079644 from the factorial sums.
        assertThat(ErlangC.probabilityOfWaiting(10, 8.0))
                .isCloseTo(0.40918015079644, within(1e-13));
        assertThat(closedFormErlangC(10, 8.0)).isCloseTo(0.40918015079644, within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0.5",
        "2, 1",
        "3, 0.01",
        "5, 4.5",
        "10, 8",
        "20, 19.99",
        "50, 45",
        "100, 99",
        "150, 120",
        "150, 30",
        "60, 59.999999"
    })
    void probabilityOfWaiting_severalPairs_matchesFactorialClosedForm(int c, double a) {
        double expected = closedFormErlangC(c, a);

        assertThat(ErlangC.probabilityOfWaiting(c, a))
                .isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0.3",
        "40, 10",
        "200, 150",
        "1000, 999.5",
        "1000, 1500",
        "2000, 100",
        "10000, 9500",
        "10000, 20000",
        "100000, 99999",
        "100000, 99000",
        "5, 1000",
        "300, 250"
    })
    void erlangB_shortenedRecursion_matchesPlainRecursion(int c, double a) {
        double expected = plainErlangB(c, a);

        assertThat(ErlangC.erlangB(c, a)).isCloseTo(expected, within(1e-13 * expected + 1e-300));
    }

    @Test
    void erlangB_lossBelowFloor_isZero() {
        // B(60, 20) is about 2.9e-13: kept with a floor under it, dropped as 0 with one above.
        double exact = plainErlangB(60, 20);

        assertThat(exact).isBetween(1e-13, 1e-12);
        assertThat(ErlangC.erlangB(60, 20, 1e-14)).isCloseTo(exact, within(1e-13 * exact));
        assertThat(ErlangC.erlangB(60, 20, 1e-12)).isZero();
        // B(200, 100) is about 4.7e-19; B(500, 20) underflows (ended by the Poisson bound).
        assertThat(ErlangC.erlangB(200, 100, 1e-17)).isZero();
        assertThat(ErlangC.erlangB(200, 100, 1e-20)).isCloseTo(4.71697060279e-19, within(1e-29));
        assertThat(ErlangC.erlangB(500, 20, 1e-17)).isZero();
    }

    @Test
    void erlangB_underflowingLoss_isZero() {
        // B(2000, 100) is about 1e-1000, far below the smallest double.
        assertThat(ErlangC.erlangB(2000, 100)).isZero();
        assertThat(ErlangC.probabilityOfWaiting(2000, 100)).isZero();
    }

    @Test
    void probabilityOfWaiting_tenThousandServersAt95Percent_isFiniteProbability() {
        double c = ErlangC.probabilityOfWaiting(10_000, 9_500);

        assertThat(c).isBetween(0.0, 1.0);
        double b = plainErlangB(9_999, 9_500);
        assertThat(c).isCloseTo(9_500 * b / (500 + 9_500 * b), within(1e-12 * c));
    }

    @Test
    void probabilityOfWaiting_hundredThousandServersNearlyFull_isCloseToOne() {
        // Halfin-Whitt: beta = (c - a) / sqrt(a) ~ 0.0032, so C ~ 1 - beta sqrt(pi/2) ~ 0.996.
        double c = ErlangC.probabilityOfWaiting(100_000, 99_999);

        assertThat(c).isBetween(0.99, 1.0);
    }

    @Test
    void probabilityOfWaiting_loadAtOrAboveServers_isOne() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
        assertThat(ErlangC.probabilityOfWaiting(10, 25)).isEqualTo(1.0);
    }

    @Test
    void probabilityOfWaiting_noLoad_isZero() {
        assertThat(ErlangC.probabilityOfWaiting(3, 0)).isZero();
    }

    @Test
    void meanWaitingTime_mm1HalfLoad_isOneSecond() {
        // M/M/1: Wq = rho / (mu - lambda) = 0.5 / 0.5 = 1; W = 1 / (mu - lambda) = 2.
        assertThat(ErlangC.meanWaitingTime(1, 0.5, 1.0)).isCloseTo(1.0, within(EXACT));
        assertThat(ErlangC.meanResponseTime(1, 0.5, 1.0)).isCloseTo(2.0, within(EXACT));
    }

    @Test
    void meanWaitingTime_mm2OneErlang_isOneThird() {
        // M/M/2, a = 1, mu = 1: Wq = C / (c mu - lambda) = (1/3) / 1.
        assertThat(ErlangC.meanWaitingTime(2, 1.0, 1.0)).isCloseTo(1.0 / 3, within(EXACT));
    }

    @Test
    void meanWaitingTime_callCentre_is36point8Seconds() {
        // 10 agents, 3-minute calls (mu = 1/180), a = 8: Wq = C / (10/180 - 8/180) = 90 C.
        double wait = ErlangC.meanWaitingTime(10, 8.0 / 180, 1.0 / 180);

        assertThat(wait).isCloseTo(180 / 2.0 * 0.40918015079644, within(1e-9));
    }

    @Test
    void meanWaitingTime_overloaded_isInfinite() {
        assertThat(ErlangC.meanWaitingTime(2, 2.0, 1.0)).isInfinite();
        assertThat(ErlangC.meanResponseTime(2, 3.0, 1.0)).isInfinite();
    }

    @Test
    void waitingTimeExceedance_mm2_isCTimesExponential() {
        // P(W > t) = C exp(-(c mu - lambda) t) = (1/3) exp(-1 * 2).
        assertThat(ErlangC.waitingTimeExceedance(2, 1.0, 1.0, 2.0))
                .isCloseTo(Math.exp(-2) / 3, within(EXACT));
        assertThat(ErlangC.waitingTimeExceedance(2, 1.0, 1.0, 0.0))
                .isCloseTo(1.0 / 3, within(EXACT));
    }

    @Test
    void waitingTimeExceedance_overloaded_isOne() {
        assertThat(ErlangC.waitingTimeExceedance(2, 2.5, 1.0, 100)).isEqualTo(1.0);
    }

    @Test
    void responseTimeExceedance_mm1_isExponentialWithRateMuMinusLambda() {
        // M/M/1: T ~ Exp(mu - lambda), P(T > 3) = exp(-0.5 * 3).
        assertThat(ErlangC.responseTimeExceedance(1, 0.5, 1.0, 3.0))
                .isCloseTo(Math.exp(-1.5), within(EXACT));
    }

    @Test
    void responseTimeExceedance_drainEqualsServiceRate_usesSpecialCase() {
        // M/M/2, lambda = mu = 1: c mu - lambda = mu, so P(T > t) = e^-t (1 + C mu t);
        // at t = 2: e^-2 (1 + 2/3) = 0.22555880539435.
        assertThat(ErlangC.responseTimeExceedance(2, 1.0, 1.0, 2.0))
                .isCloseTo(0.22555880539435, within(1e-13));
    }

    @Test
    void responseTimeExceedance_drainNextToServiceRate_isContinuous() {
        double exact = ErlangC.responseTimeExceedance(2, 1.0, 1.0, 2.0);

        assertThat(ErlangC.responseTimeExceedance(2, 1.0 + 1e-9, 1.0, 2.0))
                .isCloseTo(exact, within(1e-8));
        assertThat(ErlangC.responseTimeExceedance(2, 1.0 - 1e-9, 1.0, 2.0))
                .isCloseTo(exact, within(1e-8));
    }

    @Test
    void responseTimeExceedance_generalCase_matchesTextbookMixture() {
        // c = 10, lambda = 8, mu = 1: theta = 2, P(T > t) = (1 - C) e^-t
        //   + C (theta e^-t - mu e^-(theta t)) / (theta - mu).
        double c = 0.40918015079644;
        double t = 1.7;
        double expected = (1 - c) * Math.exp(-t) + c * (2 * Math.exp(-t) - Math.exp(-2 * t));

        assertThat(ErlangC.responseTimeExceedance(10, 8.0, 1.0, t))
                .isCloseTo(expected, within(1e-13));
    }

    @Test
    void responseTimeExceedance_atZero_isOne() {
        assertThat(ErlangC.responseTimeExceedance(10, 8.0, 1.0, 0)).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void responseTimeQuantile_mm1_isExponentialQuantile() {
        // M/M/1: t_q = -ln(1 - q) / (mu - lambda); q = 0.9 gives 2 ln 10 = 4.605170185988.
        assertThat(ErlangC.responseTimeQuantile(1, 0.5, 1.0, 0.9))
                .isCloseTo(2 * Math.log(10), within(1e-11));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0.5, 1, 0.5",
        "2, 1, 1, 0.99",
        "10, 8, 1, 0.5",
        "10, 8, 1, 0.999",
        "10, 9.99, 1, 0.9",
        "10, 0.1, 1, 0.01",
        "100, 19, 0.2, 0.95",
        "10000, 9500, 1, 0.99",
        "3, 1.5, 5, 0.999999",
        "2, 1.0000001, 1, 0.9"
    })
    void responseTimeQuantile_roundTrip_givesComplementaryExceedance(
            int c, double lambda, double mu, double q) {
        double t = ErlangC.responseTimeQuantile(c, lambda, mu, q);

        assertThat(t).isPositive().isFinite();
        assertThat(ErlangC.responseTimeExceedance(c, lambda, mu, t))
                .isCloseTo(1 - q, within(1e-11 * (1 - q)));
    }

    @Test
    void responseTimeQuantile_noArrivals_isServiceTimeQuantile() {
        assertThat(ErlangC.responseTimeQuantile(4, 0, 2.0, 0.5))
                .isCloseTo(Math.log(2) / 2, within(1e-13));
    }

    @Test
    void responseTimeQuantile_overloaded_isInfinite() {
        assertThat(ErlangC.responseTimeQuantile(4, 4.0, 1.0, 0.5)).isInfinite();
        assertThat(ErlangC.responseTimeExceedance(4, 5.0, 1.0, 10)).isEqualTo(1.0);
    }

    @Test
    void probabilityOfWaiting_badArguments_throwNamingArgumentAndValue() {
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("servers is 0");
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(2, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offeredLoad is -1.0");
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(2, Double.NaN))
                .hasMessageContaining("offeredLoad is NaN");
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(2, Double.POSITIVE_INFINITY))
                .hasMessageContaining("offeredLoad is Infinity");
    }

    @Test
    void timeFunctions_badArguments_throwNamingArgumentAndValue() {
        assertThatThrownBy(() -> ErlangC.meanWaitingTime(2, -0.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arrivalRate is -0.5");
        assertThatThrownBy(() -> ErlangC.meanWaitingTime(2, 1, 0))
                .hasMessageContaining("serviceRate is 0.0");
        assertThatThrownBy(() -> ErlangC.waitingTimeExceedance(2, 1, 1, -1))
                .hasMessageContaining("t is -1.0");
        assertThatThrownBy(() -> ErlangC.responseTimeExceedance(2, 1, 1, Double.NaN))
                .hasMessageContaining("t is NaN");
        assertThatThrownBy(() -> ErlangC.responseTimeQuantile(2, 1, 1, 1.0))
                .hasMessageContaining("q is 1.0");
        assertThatThrownBy(() -> ErlangC.responseTimeQuantile(2, 1, 1, 0.0))
                .hasMessageContaining("q is 0.0");
        assertThatThrownBy(() -> ErlangC.responseTimeQuantile(-3, 1, 1, 0.5))
                .hasMessageContaining("servers is -3");
    }
}
