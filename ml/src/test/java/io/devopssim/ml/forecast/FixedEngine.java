package io.devopssim.ml.forecast;

import io.devopssim.core.inference.InferenceEngine;
import java.util.Arrays;

/** An engine that answers every row with the same scores, for tests of the code around it. */
final class FixedEngine implements InferenceEngine {

    private final int inputs;
    private final float[] answer;
    float[] lastRow;

    FixedEngine(int inputs, float... answer) {
        this.inputs = inputs;
        this.answer = answer.clone();
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return answer.length;
    }

    @Override
    public void predict(float[] features, float[] scores) {
        lastRow = features.clone();
        System.arraycopy(answer, 0, scores, 0, answer.length);
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        for (int r = 0; r < rows; r++) {
            predict(Arrays.copyOfRange(features, r * inputs, (r + 1) * inputs), answer.clone());
            System.arraycopy(answer, 0, scores, r * answer.length, answer.length);
        }
    }

    @Override
    public void close() {}
}
