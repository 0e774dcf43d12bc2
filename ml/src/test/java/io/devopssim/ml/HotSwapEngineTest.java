package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class HotSwapEngineTest {

    private static final int THREADS = 4;
    private static final int SWAPS = 20;

    /** Counts per caller: results of model A, of model B, and results that are neither. */
    private record Tally(long a, long b, long neither) {}

    @Test
    void swap_underLoadFromFourThreads_everyResultFromOneModelAndOldModelsReleased()
            throws Exception {
        ModelRegistry registry = TestModels.registry();
        List<OnnxModel> opened = new ArrayList<>();
        opened.add(registry.open("linear-a"));
        HotSwapEngine engine = HotSwapEngine.of(opened.get(0));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Tally>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t * 1_000_000L;
            callers.add(pool.submit(() -> call(engine, seed, stop, calls)));
        }

        for (int s = 1; s <= SWAPS; s++) {
            awaitCalls(calls, 200);
            OnnxModel next = registry.open(s % 2 == 0 ? "linear-a" : "linear-b");
            opened.add(next);
            engine.swap(next);
        }
        awaitCalls(calls, 200);
        stop.set(true);
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> caller : callers) {
            tallies.add(caller.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(tallies).allSatisfy(t -> assertThat(t.neither()).isZero());
        assertThat(tallies.stream().mapToLong(Tally::a).sum()).isPositive();
        assertThat(tallies.stream().mapToLong(Tally::b).sum()).isPositive();
        assertThat(opened.subList(0, SWAPS)).allSatisfy(m -> assertThat(m.isReleased()).isTrue());
        OnnxModel last = opened.get(SWAPS);
        assertThat(engine.current()).isSameAs(last);
        assertThat(last.isReleased()).isFalse();

        engine.close();
        assertThat(last.isReleased()).isTrue();
    }

    private static Tally call(
            HotSwapEngine engine, long seed, AtomicBoolean stop, AtomicLong calls) {
        long a = 0;
        long b = 0;
        long neither = 0;
        float[] scores = new float[3];
        for (long i = seed; !stop.get(); i++) {
            float[] x = TestModels.row(i);
            engine.predict(x, scores);
            if (Arrays.equals(scores, TestModels.linear(x, 1))) {
                a++;
            } else if (Arrays.equals(scores, TestModels.linear(x, -0.5f))) {
                b++;
            } else {
                neither++;
            }
            calls.incrementAndGet();
        }
        return new Tally(a, b, neither);
    }

    /** Waits until {@code more} calls have completed since now, parking between checks. */
    private static void awaitCalls(AtomicLong calls, long more) {
        long target = calls.get() + more;
        while (calls.get() < target) {
            LockSupport.parkNanos(200_000);
        }
    }

    @Test
    void swap_modelOfOtherSizes_isRefusedAndLeftOpen() {
        ModelRegistry registry = TestModels.registry();
        try (HotSwapEngine engine = HotSwapEngine.of(registry.open("linear-a"));
                OnnxModel window = registry.open("window-sum")) {
            assertThatThrownBy(() -> engine.swap(window))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(
                            "reads 10 features and writes 1 scores; expected 4 and 3");

            assertThat(window.isClosed()).isFalse();
            assertThat(engine.current().metadata().name()).isEqualTo("linear-a");
        }
    }

    @Test
    void predictBatch_afterSwap_usesTheNewModel() {
        ModelRegistry registry = TestModels.registry();
        try (HotSwapEngine engine = HotSwapEngine.of(registry.open("linear-a"))) {
            float[] features = {1, 2, 3, 4, -1, 0.5f, 0, 2};
            float[] scores = new float[6];
            engine.swap(registry.open("linear-b"));
            engine.predictBatch(features, 2, scores);

            float[] want = new float[6];
            System.arraycopy(
                    TestModels.linear(Arrays.copyOfRange(features, 0, 4), -0.5f), 0, want, 0, 3);
            System.arraycopy(
                    TestModels.linear(Arrays.copyOfRange(features, 4, 8), -0.5f), 0, want, 3, 3);
            assertThat(scores).containsExactly(want);
        }
    }

    @Test
    void close_thenPredictOrSwap_throwsIllegalState() {
        ModelRegistry registry = TestModels.registry();
        OnnxModel first = registry.open("linear-a");
        HotSwapEngine engine = HotSwapEngine.of(first);
        engine.close();

        assertThat(first.isReleased()).isTrue();
        assertThatThrownBy(() -> engine.predict(new float[4], new float[3]))
                .isInstanceOf(IllegalStateException.class);
        try (OnnxModel next = registry.open("linear-b")) {
            assertThatThrownBy(() -> engine.swap(next))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not taken");
        }
    }

    @Test
    void predict_modelClosedBehindTheEnginesBack_throwsIllegalStateInsteadOfSpinning() {
        OnnxModel first = TestModels.registry().open("linear-a");
        HotSwapEngine engine = HotSwapEngine.of(first);
        first.close();

        assertThatThrownBy(() -> engine.predict(new float[4], new float[3]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed while the engine still served it");
    }

    @Test
    void predict_wrongLengths_throwIllegalArgument() {
        try (HotSwapEngine engine = HotSwapEngine.of(TestModels.registry().open("linear-a"))) {
            assertThatThrownBy(() -> engine.predict(new float[5], new float[3]))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.inputSize()).isEqualTo(4);
            assertThat(engine.outputSize()).isEqualTo(3);
        }
    }
}
