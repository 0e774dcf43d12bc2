package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulationKernelTest {

    private final SimulationKernel kernel = SimulationKernel.create(1L);
    private final List<String> log = new ArrayList<>();

    private Action record(String label) {
        return k -> log.add(label + "@" + k.now());
    }

    @Test
    void now_newKernel_isZero() {
        assertThat(kernel.now()).isZero();
    }

    @Test
    void run_eventsScheduledOutOfOrder_dispatchesByTime() {
        kernel.scheduleAt(3.0, record("c"));
        kernel.scheduleAt(1.0, record("a"));
        kernel.schedule(2.0, record("b"));

        assertThat(kernel.run()).isEqualTo(RunOutcome.COMPLETED);

        assertThat(log).containsExactly("a@1.0", "b@2.0", "c@3.0");
        assertThat(kernel.now()).isEqualTo(3.0);
    }

    @Test
    void run_equalTimes_dispatchesInSchedulingOrder() {
        for (String label : List.of("first", "second", "third", "fourth")) {
            kernel.scheduleAt(5.0, record(label));
        }
        kernel.scheduleAt(4.0, record("earlier"));

        kernel.run();

        assertThat(log)
                .containsExactly(
                        "earlier@4.0", "first@5.0", "second@5.0", "third@5.0", "fourth@5.0");
    }

    @Test
    void schedule_fromInsideAction_isRelativeToEventTime() {
        kernel.scheduleAt(
                10.0,
                k -> {
                    log.add("outer@" + k.now());
                    k.schedule(2.5, record("inner"));
                    k.schedule(0.0, record("sameTime"));
                });
        kernel.scheduleAt(10.0, record("queuedBefore"));

        kernel.run();

        assertThat(log)
                .containsExactly("outer@10.0", "queuedBefore@10.0", "sameTime@10.0", "inner@12.5");
    }

    @Test
    void runUntil_horizonBetweenEvents_runsEventsAtOrBeforeAndSetsNow() {
        kernel.scheduleAt(1.0, record("a"));
        kernel.scheduleAt(2.0, record("b"));
        kernel.scheduleAt(2.0000001, record("c"));

        assertThat(kernel.runUntil(2.0)).isEqualTo(RunOutcome.COMPLETED);

        assertThat(log).containsExactly("a@1.0", "b@2.0");
        assertThat(kernel.now()).isEqualTo(2.0);
        kernel.runUntil(7.5);
        assertThat(log).containsExactly("a@1.0", "b@2.0", "c@2.0000001");
        assertThat(kernel.now()).isEqualTo(7.5);
    }

    @Test
    void runUntil_eventScheduledAtHorizonByAnotherEvent_runsIt() {
        kernel.scheduleAt(4.0, k -> k.scheduleAt(5.0, record("atHorizon")));

        kernel.runUntil(5.0);

        assertThat(log).containsExactly("atHorizon@5.0");
    }

    @Test
    void runUntil_emptyQueue_advancesTime() {
        kernel.runUntil(42.0);

        assertThat(kernel.now()).isEqualTo(42.0);
        assertThat(kernel.run()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(kernel.now()).isEqualTo(42.0);
    }

    @Test
    void step_pendingEvents_dispatchesOneAtATime() {
        kernel.scheduleAt(2.0, record("b"));
        kernel.scheduleAt(1.0, record("a"));

        assertThat(kernel.step()).isTrue();
        assertThat(log).containsExactly("a@1.0");
        assertThat(kernel.step()).isTrue();
        assertThat(kernel.step()).isFalse();
        assertThat(log).containsExactly("a@1.0", "b@2.0");
    }

    @Test
    void cancel_pendingEvent_neverRuns() {
        kernel.scheduleAt(1.0, record("a"));
        long id = kernel.scheduleAt(2.0, record("b"));
        kernel.scheduleAt(3.0, record("c"));

        kernel.cancel(id);
        kernel.run();

        assertThat(log).containsExactly("a@1.0", "c@3.0");
    }

    @Test
    void cancel_fromEarlierEventAtSameTime_preventsLaterOne() {
        long[] victim = new long[1];
        kernel.scheduleAt(1.0, k -> k.cancel(victim[0]));
        victim[0] = kernel.scheduleAt(1.0, record("victim"));

        kernel.run();

        assertThat(log).isEmpty();
    }

    @Test
    void cancel_lastPendingEvent_leavesTimeAtLastEventThatRan() {
        kernel.scheduleAt(1.0, record("a"));
        kernel.cancel(kernel.scheduleAt(9.0, record("cancelled")));

        kernel.run();

        assertThat(kernel.now()).isEqualTo(1.0);
        assertThat(kernel.step()).isFalse();
    }

    @Test
    void cancel_idsOfEventsThatRanOutnumberPending_stillCancelsPendingOnes() {
        long[] ran =
                IntStream.range(0, 5).mapToLong(i -> kernel.schedule(i, record("r"))).toArray();
        kernel.run();
        log.clear();
        long keep = kernel.schedule(1.0, record("keep"));
        long drop = kernel.schedule(2.0, record("drop"));

        Arrays.stream(ran).forEach(kernel::cancel);
        kernel.cancel(drop);
        kernel.run();

        assertThat(keep).isNotEqualTo(drop);
        assertThat(log).containsExactly("keep@5.0");
    }

    @Test
    void cancel_idNeverIssued_throwsNamingTheId() {
        kernel.schedule(1.0, record("a"));

        assertThatThrownBy(() -> kernel.cancel(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventId")
                .hasMessageContaining("7");
        assertThatThrownBy(() -> kernel.cancel(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void run_actionThrows_propagatesAndCanResume() {
        kernel.scheduleAt(
                1.0,
                k -> {
                    throw new IllegalStateException("boom");
                });
        kernel.scheduleAt(2.0, record("after"));

        assertThatThrownBy(kernel::run).hasMessage("boom");

        assertThat(kernel.now()).isEqualTo(1.0);
        kernel.run();
        assertThat(log).containsExactly("after@2.0");
    }

    @Test
    void run_calledFromInsideAction_throws() {
        List<Throwable> caught = new ArrayList<>();
        kernel.schedule(1.0, k -> caught.add(catchThrowable(k::run)));
        kernel.schedule(2.0, k -> caught.add(catchThrowable(() -> k.runUntil(3.0))));

        kernel.run();

        assertThat(caught).hasSize(2).allMatch(t -> t instanceof IllegalStateException);
    }

    private static Throwable catchThrowable(Runnable runnable) {
        try {
            runnable.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void schedule_badDelay_throwsNamingTheValue() {
        assertThatThrownBy(() -> kernel.schedule(Double.NaN, record("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delay")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> kernel.schedule(-0.5, record("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.5");
        assertThatThrownBy(() -> kernel.schedule(Double.POSITIVE_INFINITY, record("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Infinity");
    }

    @Test
    void scheduleAt_timeInThePast_throwsNamingTheValueAndNow() {
        kernel.runUntil(10.0);

        assertThatThrownBy(() -> kernel.scheduleAt(9.5, record("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time")
                .hasMessageContaining("9.5")
                .hasMessageContaining("10.0");
        assertThatThrownBy(() -> kernel.scheduleAt(Double.NaN, record("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void runUntil_timeInThePastOrNaN_throws() {
        kernel.runUntil(3.0);

        assertThatThrownBy(() -> kernel.runUntil(2.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2.0");
        assertThatThrownBy(() -> kernel.runUntil(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kernel.now()).isEqualTo(3.0);
    }

    @Test
    void schedule_nullAction_throwsNullPointer() {
        assertThatThrownBy(() -> kernel.schedule(1.0, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("action");
    }

    @Test
    void run_hundredThousandRandomEvents_dispatchesInSortedStableOrder() {
        SplittableRandom random = new SplittableRandom(2024);
        int n = 100_000;
        double[] times = new double[n];
        List<Integer> dispatched = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Whole seconds in a small range, so that many events share a time.
            times[i] = random.nextInt(5_000);
            int index = i;
            kernel.scheduleAt(times[i], k -> dispatched.add(index));
        }

        kernel.run();

        List<Integer> expected =
                IntStream.range(0, n)
                        .boxed()
                        .sorted(Comparator.comparingDouble(i -> times[i]))
                        .toList();
        assertThat(dispatched).isEqualTo(expected);
    }

    @Test
    void run_holdModel_dispatchesEveryScheduledTimeInSortedOrder() {
        SplittableRandom random = new SplittableRandom(7);
        List<Double> scheduled = new ArrayList<>();
        List<Double> dispatched = new ArrayList<>();
        Action[] hold = new Action[1];
        hold[0] =
                k -> {
                    dispatched.add(k.now());
                    if (scheduled.size() < 20_000) {
                        double delay = random.nextDouble(3.0);
                        scheduled.add(k.now() + delay);
                        k.schedule(delay, hold[0]);
                    }
                };
        for (int i = 0; i < 1_000; i++) {
            double time = random.nextDouble(1.0);
            scheduled.add(time);
            kernel.scheduleAt(time, hold[0]);
        }

        kernel.run();

        assertThat(dispatched).isSorted();
        assertThat(dispatched).isEqualTo(scheduled.stream().sorted().toList());
    }
}
