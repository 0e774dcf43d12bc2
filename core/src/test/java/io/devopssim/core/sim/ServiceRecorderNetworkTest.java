package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.fluid.FluidQueue;
import io.devopssim.core.model.Slo;
import org.junit.jupiter.api.Test;

/**
 * The recorder's network mix on one step of a queue with no wait: 10 rps on 60 servers of 10 rps,
 * so the response time is exponential with rate 10/s.
 */
class ServiceRecorderNetworkTest {

    private static final Slo SLO = new Slo(0.3, 0.9, 0.5);

    private static FluidQueue idleQueue() {
        FluidQueue queue = new FluidQueue();
        queue.evaluate(10, 60, 10, 30);
        return queue;
    }

    @Test
    void record_twoSourcesHalfEach_slowShareIsTrafficWeightedShiftedTail() {
        ServiceRecorder recorder = new ServiceRecorder(SLO, 60, 1, false, true);
        recorder.networkMix(new double[] {0, 0.2}, new double[] {0.5, 0.5}, 2);

        recorder.record(0, idleQueue(), 60, 60);

        // 0.5 exp(-10 x 0.3) + 0.5 exp(-10 x 0.1) = 0.02489 + 0.18394 = 0.20883
        assertThat(recorder.lastSlow() / recorder.lastServed()).isCloseTo(0.20883, within(1e-5));
        assertThat(recorder.latencyAttainment()).isCloseTo(0.79117, within(1e-5));
        // mean 0.1 s plus the mean round trip 0.1 s
        assertThat(recorder.latency().mean()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void record_roundTripLongerThanThreshold_allOfThatSourceIsSlow() {
        ServiceRecorder recorder = new ServiceRecorder(SLO, 60, 1, false, true);
        recorder.networkMix(new double[] {0.4}, new double[] {1}, 1);

        recorder.record(0, idleQueue(), 60, 60);

        assertThat(recorder.lastSlow()).isEqualTo(recorder.lastServed());
        assertThat(recorder.lastStepMet()).isFalse();
        // the smallest response is the round trip itself
        assertThat(recorder.latency().p50()).isCloseTo(0.4 + Math.log(2) / 10, within(2e-4));
    }

    @Test
    void record_withoutMix_isTheQueueAlone() {
        ServiceRecorder recorder = new ServiceRecorder(SLO, 60, 1, false, true);

        recorder.record(0, idleQueue(), 60, 60);

        assertThat(recorder.latencyAttainment()).isCloseTo(1 - Math.exp(-3), within(1e-9));
        assertThat(recorder.latency().p50()).isCloseTo(Math.log(2) / 10, within(1e-4));
    }
}
