package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class OnnxModelTest {

    @Test
    void predict_linearModel_equalsIndependentComputation() {
        try (OnnxModel model = TestModels.registry().open("linear-a")) {
            float[] scores = new float[3];
            for (long seed = 0; seed < 50; seed++) {
                float[] x = TestModels.row(seed);
                model.predict(x, scores);
                assertThat(scores).as("row %s", seed).containsExactly(TestModels.linear(x, 1));
            }
        }
    }

    @Test
    void predict_secondModel_usesItsOwnWeights() {
        try (OnnxModel model = TestModels.registry().open("linear-b")) {
            float[] x = {1, 2, 3, 4};
            float[] scores = new float[3];
            model.predict(x, scores);
            assertThat(scores).containsExactly(TestModels.linear(x, -0.5f));
        }
    }

    @Test
    void predictBatch_repeatedAndChangedSizes_equalRowByRowComputation() {
        try (OnnxModel model = TestModels.registry().open("linear-a")) {
            for (int rows : new int[] {1, 3, 3, 1000, 7, 1000}) {
                float[] features = new float[rows * 4];
                float[] expected = new float[rows * 3];
                for (int r = 0; r < rows; r++) {
                    float[] x = TestModels.row(rows * 10_000L + r);
                    System.arraycopy(x, 0, features, r * 4, 4);
                    System.arraycopy(TestModels.linear(x, 1), 0, expected, r * 3, 3);
                }
                float[] scores = new float[rows * 3];
                model.predictBatch(features, rows, scores);
                assertThat(scores).as("%s rows", rows).containsExactly(expected);
            }
        }
    }

    @Test
    void predict_windowModel_sumsTheWindow() {
        try (OnnxModel model = TestModels.registry().open("window-sum")) {
            float[] x = new float[10];
            float want = 0;
            for (int i = 0; i < 10; i++) {
                x[i] = i - 3.5f;
                want += (i % 2 == 0 ? 1 : 2) * x[i];
            }
            float[] scores = new float[1];
            model.predict(x, scores);
            assertThat(scores).containsExactly(want);
            assertThat(model.metadata().window()).hasValue(5);
        }
    }

    @Test
    void predict_graphWithASecondOutput_readsOnlyTheDeclaredOne() {
        try (OnnxModel model = TestModels.registry().open("two-outputs")) {
            float[] x = {-1, 0.5f, 2, 0.25f};
            float[] scores = new float[3];
            model.predict(x, scores);
            assertThat(scores).containsExactly(TestModels.linear(x, 1));
        }
    }

    @Test
    void predict_wrongLengths_throwIllegalArgument() {
        try (OnnxModel model = TestModels.registry().open("linear-a")) {
            assertThatThrownBy(() -> model.predict(new float[3], new float[3]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected 4 and 3");
            assertThatThrownBy(() -> model.predictBatch(new float[8], 3, new float[9]))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> model.predictBatch(new float[8], 0, new float[9]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void predict_afterClose_throwsIllegalState() {
        OnnxModel model = TestModels.registry().open("linear-a");
        model.predict(new float[4], new float[3]);
        model.close();
        model.close();

        assertThat(model.isReleased()).isTrue();
        assertThatThrownBy(() -> model.predict(new float[4], new float[3]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> model.predictBatch(new float[8], 2, new float[6]))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void verifyReference_shippedReferences_pass() {
        try (OnnxModel model = TestModels.registry().open("window-sum")) {
            ReferenceCheck check = model.verifyReference();
            assertThat(check.passed()).as(check.toString()).isTrue();
            assertThat(check.rows()).isEqualTo(2);
        }
    }

    /**
     * Holds the hot path to its design: no tensor or buffer per call. Allocating a tensor per call
     * costs about 1,300 bytes of heap here; what remains (about 420 bytes) are the small arrays and
     * the result object that ONNX Runtime's own {@code OrtSession.run} makes.
     */
    @Test
    void predict_repeatedCalls_allocateNoTensorPerCall() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        try (OnnxModel model = TestModels.registry().open("linear-a")) {
            float[] x = {1, 2, 3, 4};
            float[] scores = new float[3];
            for (int i = 0; i < 5_000; i++) {
                model.predict(x, scores);
            }
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 10_000; i++) {
                model.predict(x, scores);
            }
            long perCall = (threads.getThreadAllocatedBytes(id) - before) / 10_000;

            assertThat(perCall).isLessThan(800);
        }
    }
}
