package io.devopssim.ml.anomaly;

import io.devopssim.core.inference.InferenceEngine;

/** A stand-in model for tests: predicts that the next value repeats the last one. */
final class LastValueEngine implements InferenceEngine {

    private final int window;

    LastValueEngine(int window) {
        this.window = window;
    }

    @Override
    public int inputSize() {
        return window;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public void predict(float[] features, float[] scores) {
        scores[0] = features[features.length - 1];
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        for (int r = 0; r < rows; r++) {
            scores[r] = features[(r + 1) * window - 1];
        }
    }

    @Override
    public void close() {}
}
