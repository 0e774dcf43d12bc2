package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentPredictionTest {

    private static final int THREADS = 4;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code task} on every thread at once and returns what each returned. */
    private <T> List<T> onAllThreads(Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return task.call();
                            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void predict_fourThreadsOnOneModel_everyResultExact() throws Exception {
        try (OnnxModel model = TestModels.registry().open("linear-a")) {
            List<Integer> wrong =
                    onAllThreads(
                            () -> {
                                long offset = Thread.currentThread().getId() * 1_000_000L;
                                float[] scores = new float[3];
                                int mismatches = 0;
                                for (int i = 0; i < 5_000; i++) {
                                    float[] x = TestModels.row(offset + i);
                                    model.predict(x, scores);
                                    float[] want = TestModels.linear(x, 1);
                                    mismatches += Arrays.equals(scores, want) ? 0 : 1;
                                }
                                return mismatches;
                            });

            assertThat(wrong).containsExactly(0, 0, 0, 0);
        }
    }

    @Test
    void predictBatch_fourThreadsWithOwnBatchSizes_everyResultExact() throws Exception {
        try (OnnxModel model = TestModels.registry().open("linear-a", 2)) {
            List<Integer> wrong =
                    onAllThreads(
                            () -> {
                                int rows = 1 + (int) (Thread.currentThread().getId() % 7) * 50;
                                int mismatches = 0;
                                for (int i = 0; i < 50; i++) {
                                    mismatches += batchMismatches(model, rows, i);
                                }
                                return mismatches;
                            });

            assertThat(wrong).containsExactly(0, 0, 0, 0);
        }
    }

    @Test
    void close_whileFourThreadsPredict_runningCallsFinishAndLaterOnesFail() throws Exception {
        OnnxModel model = TestModels.registry().open("linear-a");
        AtomicLong calls = new AtomicLong();
        CountDownLatch started = new CountDownLatch(THREADS);
        List<Future<Integer>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long offset = t * 1_000_000L;
            callers.add(pool.submit(() -> predictUntilClosed(model, offset, started, calls)));
        }
        started.await();
        long target = calls.get() + 500;
        while (calls.get() < target) {
            LockSupport.parkNanos(200_000);
        }
        model.close();

        for (Future<Integer> caller : callers) {
            assertThat(caller.get(60, TimeUnit.SECONDS)).as("wrong results").isZero();
        }
        assertThat(model.isReleased()).isTrue();
    }

    /** Predicts until the model refuses with IllegalStateException; returns the wrong results. */
    private static int predictUntilClosed(
            OnnxModel model, long offset, CountDownLatch started, AtomicLong calls) {
        float[] scores = new float[3];
        int wrong = 0;
        started.countDown();
        for (long i = offset; ; i++) {
            float[] x = TestModels.row(i);
            try {
                model.predict(x, scores);
            } catch (IllegalStateException closed) {
                return wrong;
            }
            wrong += Arrays.equals(scores, TestModels.linear(x, 1)) ? 0 : 1;
            calls.incrementAndGet();
        }
    }

    private static int batchMismatches(OnnxModel model, int rows, int seed) {
        float[] features = new float[rows * 4];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(TestModels.row(seed * 10_000L + r), 0, features, r * 4, 4);
        }
        float[] scores = new float[rows * 3];
        model.predictBatch(features, rows, scores);
        int mismatches = 0;
        for (int r = 0; r < rows; r++) {
            float[] want = TestModels.linear(TestModels.row(seed * 10_000L + r), 1);
            float[] got = Arrays.copyOfRange(scores, r * 3, r * 3 + 3);
            mismatches += Arrays.equals(got, want) ? 0 : 1;
        }
        return mismatches;
    }
}
