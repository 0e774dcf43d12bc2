package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SimulationKernelCancelRunTest {

    private final SimulationKernel kernel = SimulationKernel.create(3L);

    /** Schedules an event that reschedules itself forever and counts its dispatches. */
    private AtomicLong endlessTicker(CountDownLatch started) {
        AtomicLong ticks = new AtomicLong();
        Action[] tick = new Action[1];
        tick[0] =
                k -> {
                    ticks.incrementAndGet();
                    started.countDown();
                    k.schedule(1.0, tick[0]);
                };
        kernel.schedule(0.0, tick[0]);
        return ticks;
    }

    // The timeout only guards against a hang if cancellation were broken; nothing is timed.
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancelRun_fromAnotherThread_endsEndlessRunWithCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong ticks = endlessTicker(started);
        Thread canceller =
                new Thread(
                        () -> {
                            awaitQuietly(started);
                            kernel.cancelRun();
                        });
        canceller.start();

        RunOutcome outcome = kernel.run();
        canceller.join();

        assertThat(outcome).isEqualTo(RunOutcome.CANCELLED);
        assertThat(kernel.isCancelled()).isTrue();
        assertThat(ticks.get()).isPositive();
        assertThat(kernel.now()).isEqualTo(ticks.get() - 1.0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cancelRun_fromInsideAction_stopsAfterThatEvent() {
        kernel.scheduleAt(1.0, k -> {});
        kernel.scheduleAt(2.0, SimulationKernel::cancelRun);
        kernel.scheduleAt(3.0, k -> {});

        assertThat(kernel.runUntil(10.0)).isEqualTo(RunOutcome.CANCELLED);

        assertThat(kernel.now()).isEqualTo(2.0);
    }

    @Test
    void cancelRun_isPermanent_laterRunsReturnCancelledWithoutDispatching() {
        AtomicLong ran = new AtomicLong();
        kernel.scheduleAt(1.0, k -> ran.incrementAndGet());

        kernel.cancelRun();

        assertThat(kernel.run()).isEqualTo(RunOutcome.CANCELLED);
        assertThat(kernel.runUntil(5.0)).isEqualTo(RunOutcome.CANCELLED);
        assertThat(kernel.step()).isFalse();
        assertThat(ran.get()).isZero();
        assertThat(kernel.now()).isZero();
    }

    @Test
    void isCancelled_newKernel_isFalse() {
        assertThat(kernel.isCancelled()).isFalse();
    }
}
