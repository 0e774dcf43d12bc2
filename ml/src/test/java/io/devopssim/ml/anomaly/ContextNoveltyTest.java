package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.inference.InferenceEngine;
import org.junit.jupiter.api.Test;

class ContextNoveltyTest {

    /** A stand-in encoder whose state is its input, so the test sees what the LSTM would read. */
    private static final class EchoEngine implements InferenceEngine {
        private final int size;
        private float[] last;

        EchoEngine(int size) {
            this.size = size;
        }

        @Override
        public int inputSize() {
            return size;
        }

        @Override
        public int outputSize() {
            return size;
        }

        @Override
        public void predict(float[] features, float[] scores) {
            System.arraycopy(features, 0, scores, 0, size);
            last = features.clone();
        }

        @Override
        public void predictBatch(float[] features, int rows, float[] scores) {
            System.arraycopy(features, 0, scores, 0, rows * size);
        }

        @Override
        public void close() {}
    }

    @Test
    void encode_blockOfTwo_readsNormalisedBlockMeansEndingAtTheNewestPoint() {
        EchoEngine engine = new EchoEngine(3);
        ContextNovelty novelty = new ContextNovelty(2, 3, 3);
        SeriesHistory history = new SeriesHistory(6);
        // statistics of the points before the newest: alpha 1 keeps the last value, std floor 1
        OnlineStatistics statistics = new OnlineStatistics(new Normalisation(1.0, 1e-3, 1.0, 10.0));
        for (double v : new double[] {1, 3, 5, 7, 9, 11, 13}) {
            history.add(v);
        }
        statistics.add(2.0);

        novelty.encode(history, statistics, engine);

        // the last 6 values 3..13 in blocks of 2: means 4, 8, 12; minus the mean 2, over std 1
        assertThat(novelty.span()).isEqualTo(6);
        assertThat(engine.last[0]).isCloseTo(2.0f, within(1e-6f));
        assertThat(engine.last[1]).isCloseTo(6.0f, within(1e-6f));
        assertThat(engine.last[2]).isCloseTo(10.0f, within(1e-6f));
    }
}
