package io.devopssim.core.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FluidQueueTest {

    private static final double EXACT = 1e-12;

    private static FluidQueue evaluated(double lambda, int c, double mu, double timeout) {
        FluidQueue queue = new FluidQueue();
        queue.evaluate(lambda, c, mu, timeout);
        return queue;
    }

    @Test
    void evaluate_mm1HalfLoadLongTimeout_matchesTextbook() {
        // M/M/1, lambda = 0.5, mu = 1: P(wait) = 0.5, W = 1 / (mu - lambda) = 2,
        // T ~ Exp(0.5) so t_0.9 = 2 ln 10 and P(T > 2) = e^-1; a 1000 s timeout drops ~e^-500.
        FluidQueue queue = evaluated(0.5, 1, 1.0, 1000);

        assertThat(queue.servedRate()).isCloseTo(0.5, within(EXACT));
        assertThat(queue.droppedRate()).isCloseTo(0.0, within(EXACT));
        assertThat(queue.utilisation()).isCloseTo(0.5, within(EXACT));
        assertThat(queue.probabilityOfWaiting()).isCloseTo(0.5, within(EXACT));
        assertThat(queue.meanResponseTime()).isCloseTo(2.0, within(EXACT));
        assertThat(queue.responseTimeQuantile(0.9)).isCloseTo(2 * Math.log(10), within(1e-11));
        assertThat(queue.fractionSlowerThan(2.0)).isCloseTo(Math.exp(-1), within(EXACT));
    }

    @Test
    void evaluate_mm2OneErlangLongTimeout_matchesErlangC() {
        // M/M/2, a = 1, mu = 1: C = 1/3, W = Wq + 1/mu = 1/3 + 1 = 4/3.
        FluidQueue queue = evaluated(1.0, 2, 1.0, 1000);

        assertThat(queue.probabilityOfWaiting()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(queue.meanResponseTime()).isCloseTo(4.0 / 3, within(EXACT));
        assertThat(queue.utilisation()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void evaluate_longTimeout_tendsToErlangC() {
        FluidQueue queue = evaluated(8.0, 10, 1.0, 500);

        assertThat(queue.probabilityOfWaiting()).isCloseTo(0.40918015079644, within(1e-13));
        assertThat(queue.meanResponseTime())
                .isCloseTo(ErlangC.meanResponseTime(10, 8.0, 1.0), within(EXACT));
        assertThat(queue.responseTimeQuantile(0.99))
                .isCloseTo(ErlangC.responseTimeQuantile(10, 8.0, 1.0, 0.99), within(1e-11));
        assertThat(queue.fractionSlowerThan(1.5))
                .isCloseTo(ErlangC.responseTimeExceedance(10, 8.0, 1.0, 1.5), within(EXACT));
    }

    @Test
    void evaluate_mm1ShortTimeout_dropsAsImpatientQueueFormula() {
        // M/M/1 with deterministic patience tau: P(drop) = rho (1 - rho) E / (1 - rho^2 E),
        // E = exp(-(mu - lambda) tau); rho = 0.5, tau = 1: 0.17873468090956.
        FluidQueue queue = evaluated(0.5, 1, 1.0, 1.0);

        assertThat(queue.droppedRate()).isCloseTo(0.5 * 0.17873468090956, within(1e-13));
        assertThat(queue.servedRate()).isCloseTo(0.5 * (1 - 0.17873468090956), within(1e-13));
        assertThat(queue.utilisation()).isCloseTo(queue.servedRate(), within(EXACT));
    }

    @Test
    void evaluate_mm1ExactlySaturated_dropsOneOverTwoPlusMuTau() {
        // rho = 1 is the limit of the formula above: P(drop) = 1 / (2 + mu tau) = 1/4 for tau = 2.
        FluidQueue queue = evaluated(1.0, 1, 1.0, 2.0);

        assertThat(queue.droppedRate()).isCloseTo(0.25, within(EXACT));
        assertThat(queue.servedRate()).isCloseTo(0.75, within(EXACT));
    }

    @Test
    void evaluate_zeroTimeout_isErlangBLossSystem() {
        // tau = 0: a request that finds both servers busy is lost; B(2, 1) = 0.5 / 2.5 = 0.2,
        // and served requests see only their Exp(mu) service.
        FluidQueue queue = evaluated(1.0, 2, 1.0, 0.0);

        assertThat(queue.droppedRate()).isCloseTo(0.2, within(EXACT));
        assertThat(queue.probabilityOfWaiting()).isCloseTo(0.2, within(EXACT));
        assertThat(queue.meanResponseTime()).isCloseTo(1.0, within(EXACT));
        assertThat(queue.responseTimeQuantile(0.5)).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void evaluate_timeout_dropsNoMoreThanWithoutAbandonment() {
        // Requests that give up shorten the queue, so fewer time out than lambda P(W > tau)
        // of the queue without timeouts predicts.
        FluidQueue queue = evaluated(8.0, 10, 1.0, 0.5);

        double withoutAbandonment = 8.0 * ErlangC.waitingTimeExceedance(10, 8.0, 1.0, 0.5);
        assertThat(queue.droppedRate()).isPositive().isLessThan(withoutAbandonment);
    }

    @Test
    void evaluate_heavilyOverloaded_servesCapacityAndWaitsNearlyTheTimeout() {
        // lambda = 2 c mu, tau = 5: served -> c mu = 10, dropped -> lambda - c mu = 10,
        // utilisation -> 1; waits have density ~ e^{|theta| x} on (0, tau], mean tau - 1/|theta|,
        // so the response time is about the timeout: 5 - 0.1 + 1 = 5.9 (corrections ~e^-50).
        FluidQueue queue = evaluated(20.0, 10, 1.0, 5.0);

        assertThat(queue.servedRate()).isCloseTo(10.0, within(1e-9));
        assertThat(queue.droppedRate()).isCloseTo(10.0, within(1e-9));
        assertThat(queue.utilisation()).isCloseTo(1.0, within(1e-9));
        assertThat(queue.probabilityOfWaiting()).isCloseTo(1.0, within(1e-9));
        assertThat(queue.meanResponseTime()).isCloseTo(5.9, within(1e-9));
        assertThat(queue.fractionSlowerThan(5.0 - 0.5)).isGreaterThan(0.99);
    }

    @Test
    void evaluate_overloadedWithHugeTimeout_doesNotOverflow() {
        // (lambda - c mu) tau = 1e6: every unscaled mass would overflow a double.
        FluidQueue queue = evaluated(2_000.0, 1_000, 1.0, 1_000.0);

        assertThat(queue.servedRate()).isCloseTo(1_000.0, within(1e-9));
        assertThat(queue.meanResponseTime()).isCloseTo(1_000.0 - 1e-3 + 1, within(1e-9));
        assertThat(queue.responseTimeQuantile(0.5)).isFinite().isBetween(999.0, 1_002.0);
    }

    @Test
    void evaluate_acrossSaturation_isContinuous() {
        FluidQueue below = evaluated(10.0 * (1 - 1e-9), 10, 1.0, 2.0);
        FluidQueue at = evaluated(10.0, 10, 1.0, 2.0);
        FluidQueue above = evaluated(10.0 * (1 + 1e-9), 10, 1.0, 2.0);

        for (FluidQueue side : new FluidQueue[] {below, above}) {
            assertThat(side.servedRate()).isCloseTo(at.servedRate(), within(1e-7));
            assertThat(side.meanResponseTime()).isCloseTo(at.meanResponseTime(), within(1e-7));
            assertThat(side.responseTimeQuantile(0.95))
                    .isCloseTo(at.responseTimeQuantile(0.95), within(1e-7));
        }
    }

    @Test
    void evaluate_risingLoad_neverServesLess() {
        FluidQueue queue = new FluidQueue();
        double previous = 0;
        for (double lambda = 0.05; lambda < 30; lambda += 0.05) {
            queue.evaluate(lambda, 10, 1.0, 1.0);

            assertThat(queue.servedRate()).isGreaterThanOrEqualTo(previous).isLessThan(10.0);
            previous = queue.servedRate();
        }
        assertThat(previous).isGreaterThan(9.9);
    }

    @ParameterizedTest
    @CsvSource({"3.6, 4, 1, 0.5", "5, 4, 1, 1", "1, 1, 1, 2", "7, 10, 1, 0.2", "0.9, 1, 1, 3"})
    void evaluate_againstRequestSimulation_agrees(double lambda, int c, double mu, double tau) {
        FluidQueue queue = evaluated(lambda, c, mu, tau);
        TimeoutQueueSimulation simulated =
                TimeoutQueueSimulation.run(c, lambda, mu, tau, 400_000, 7);

        assertThat(queue.droppedRate() / lambda).isCloseTo(simulated.dropShare, within(0.006));
        assertThat(queue.utilisation()).isCloseTo(simulated.utilisation, within(0.01));
        assertThat(queue.probabilityOfWaiting()).isCloseTo(simulated.waitingShare, within(0.01));
        assertThat(queue.meanResponseTime())
                .isCloseTo(simulated.meanResponse(), within(0.02 * simulated.meanResponse()));
        assertThat(queue.responseTimeQuantile(0.9))
                .isCloseTo(simulated.quantile(0.9), within(0.03 * simulated.quantile(0.9)));
        assertThat(queue.fractionSlowerThan(1.5))
                .isCloseTo(simulated.fractionSlowerThan(1.5), within(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        "0.5, 1, 1, 1, 0.5", "8, 10, 1, 0.5, 0.99", "1, 2, 1, 1000, 0.9", "20, 10, 1, 5, 0.5",
        "20, 10, 1, 5, 0.999", "10, 10, 1, 2, 0.95", "1, 2, 1, 0, 0.9", "0.01, 50, 1, 1, 0.999",
        "9500, 10000, 1, 0.1, 0.99", "3, 4, 0.25, 30, 0.1"
    })
    void responseTimeQuantile_roundTrip_givesComplementaryShare(
            double lambda, int c, double mu, double tau, double q) {
        FluidQueue queue = evaluated(lambda, c, mu, tau);

        double t = queue.responseTimeQuantile(q);

        assertThat(queue.fractionSlowerThan(t)).isCloseTo(1 - q, within(1e-10 * (1 - q)));
    }

    @Test
    void evaluate_tenThousandServersAt95Percent_isFiniteAndBounded() {
        FluidQueue queue = evaluated(9_500.0, 10_000, 1.0, 1.0);

        assertThat(queue.utilisation()).isBetween(0.0, 1.0).isCloseTo(0.95, within(1e-6));
        assertThat(queue.probabilityOfWaiting()).isBetween(0.0, 1.0);
        assertThat(queue.meanResponseTime()).isFinite().isGreaterThanOrEqualTo(1.0);
        assertThat(queue.responseTimeQuantile(0.99)).isFinite().isPositive();
    }

    @Test
    void evaluate_noServersWithArrivals_dropsEverything() {
        FluidQueue queue = evaluated(5.0, 0, 1.0, 1.0);

        assertThat(queue.servedRate()).isZero();
        assertThat(queue.droppedRate()).isEqualTo(5.0);
        assertThat(queue.utilisation()).isZero();
        assertThat(queue.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(queue.meanResponseTime()).isNaN();
        assertThat(queue.responseTimeQuantile(0.5)).isNaN();
        assertThat(queue.fractionSlowerThan(1.0)).isNaN();
    }

    @Test
    void evaluate_noArrivals_isIdleWithoutLatency() {
        FluidQueue queue = evaluated(0.0, 3, 1.0, 1.0);

        assertThat(queue.servedRate()).isZero();
        assertThat(queue.droppedRate()).isZero();
        assertThat(queue.utilisation()).isZero();
        assertThat(queue.probabilityOfWaiting()).isZero();
        assertThat(queue.meanResponseTime()).isNaN();
        assertThat(queue.responseTimeQuantile(0.99)).isNaN();
        assertThat(queue.fractionSlowerThan(0.1)).isNaN();
    }

    @Test
    void evaluate_lightLoadWithUnderflowingWait_seesServiceTimeOnly() {
        // 2000 servers at a = 100: C underflows to 0, so T ~ Exp(mu).
        FluidQueue queue = evaluated(100.0, 2_000, 1.0, 1.0);

        assertThat(queue.probabilityOfWaiting()).isZero();
        assertThat(queue.utilisation()).isCloseTo(0.05, within(EXACT));
        assertThat(queue.responseTimeQuantile(0.5)).isCloseTo(Math.log(2), within(EXACT));
        assertThat(queue.fractionSlowerThan(1.0)).isCloseTo(Math.exp(-1), within(EXACT));
    }

    @Test
    void evaluate_nanArrivalRate_makesOutputsNanButKeepsServers() {
        FluidQueue queue = evaluated(8.0, 10, 1.0, 1.0);

        queue.evaluate(Double.NaN, 10, 1.0, 1.0);

        assertThat(queue.servers()).isEqualTo(10);
        assertThat(queue.arrivalRate()).isNaN();
        assertThat(queue.servedRate()).isNaN();
        assertThat(queue.droppedRate()).isNaN();
        assertThat(queue.utilisation()).isNaN();
        assertThat(queue.probabilityOfWaiting()).isNaN();
        assertThat(queue.meanResponseTime()).isNaN();
        assertThat(queue.responseTimeQuantile(0.5)).isNaN();
        assertThat(queue.fractionSlowerThan(1.0)).isNaN();
    }

    @Test
    void evaluate_beforeFirstCall_outputsAreNan() {
        FluidQueue queue = new FluidQueue();

        assertThat(queue.servers()).isZero();
        assertThat(queue.servedRate()).isNaN();
        assertThat(queue.utilisation()).isNaN();
        assertThat(queue.meanResponseTime()).isNaN();
    }

    @Test
    void evaluate_reusedAcrossInputs_givesSameResultsAsFreshQueue() {
        FluidQueue reused = new FluidQueue();
        reused.evaluate(8.0, 10, 1.0, 0.5);
        reused.evaluate(Double.NaN, 10, 1.0, 0.5);
        reused.evaluate(15.0, 10, 1.0, 0.5);
        reused.evaluate(8.0, 10, 1.0, 0.5);
        reused.evaluate(8.0, 10, 1.0, 0.5);

        FluidQueue fresh = evaluated(8.0, 10, 1.0, 0.5);
        assertThat(reused.servedRate()).isEqualTo(fresh.servedRate());
        assertThat(reused.meanResponseTime()).isEqualTo(fresh.meanResponseTime());
        assertThat(reused.responseTimeQuantile(0.99)).isEqualTo(fresh.responseTimeQuantile(0.99));
    }

    @Test
    void evaluate_badArguments_throwNamingArgumentAndValue() {
        FluidQueue queue = new FluidQueue();

        assertThatThrownBy(() -> queue.evaluate(-1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arrivalRate is -1.0");
        assertThatThrownBy(() -> queue.evaluate(Double.POSITIVE_INFINITY, 1, 1, 1))
                .hasMessageContaining("arrivalRate is Infinity");
        assertThatThrownBy(() -> queue.evaluate(1, -2, 1, 1)).hasMessageContaining("servers is -2");
        assertThatThrownBy(() -> queue.evaluate(1, 1, 0, 1))
                .hasMessageContaining("serviceRatePerServer is 0.0");
        assertThatThrownBy(() -> queue.evaluate(1, 1, Double.NaN, 1))
                .hasMessageContaining("serviceRatePerServer is NaN");
        assertThatThrownBy(() -> queue.evaluate(1, 1, 1, -0.5))
                .hasMessageContaining("timeoutSeconds is -0.5");
        assertThatThrownBy(() -> queue.evaluate(1, 1, 1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("timeoutSeconds is Infinity");
    }

    @Test
    void evaluate_badArguments_keepPreviousResults() {
        FluidQueue queue = evaluated(0.5, 1, 1.0, 1000);

        assertThatThrownBy(() -> queue.evaluate(0.7, 1, -1.0, 1000))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(queue.arrivalRate()).isEqualTo(0.5);
        assertThat(queue.meanResponseTime()).isCloseTo(2.0, within(EXACT));
    }

    @Test
    void getters_badArguments_throwNamingArgumentAndValue() {
        FluidQueue queue = evaluated(0.5, 1, 1.0, 1.0);

        assertThatThrownBy(() -> queue.responseTimeQuantile(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q is 1.5");
        assertThatThrownBy(() -> queue.responseTimeQuantile(Double.NaN))
                .hasMessageContaining("q is NaN");
        assertThatThrownBy(() -> queue.fractionSlowerThan(-1))
                .hasMessageContaining("seconds is -1.0");
    }
}
