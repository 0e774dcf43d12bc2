package io.devopssim.ml.anomaly;

import io.devopssim.core.inference.InferenceEngine;

/**
 * How new the LSTM finds the latest context of a series at one time scale.
 *
 * <p>At block size b, the LSTM reads the means of the last {@code window} blocks of b points, the
 * newest point included, normalised with the statistics of the points before it. Its last hidden
 * state is kept; the distance of the newest state to the nearest earlier one feeds a likelihood.
 * Mirrors {@code detector.encoder_states}, {@code state_distances} and the likelihood of the
 * training scripts.
 */
final class ContextNovelty {

    private final int block;
    private final float[] input;
    private final float[] state;
    private final StateHistory states;
    private final Likelihood likelihood;

    ContextNovelty(int block, int window, int stateSize) {
        this.block = block;
        this.input = new float[window];
        this.state = new float[stateSize];
        this.states = new StateHistory(LstmAnomalyDetector.LOOK_BACK + 1, stateSize);
        this.likelihood =
                new Likelihood(
                        LstmAnomalyDetector.LONG_WINDOW,
                        LstmAnomalyDetector.SHORT_WINDOW,
                        LstmAnomalyDetector.MIN_HISTORY);
    }

    /** Returns how many points of history one state reads. */
    int span() {
        return block * input.length;
    }

    /** Adds the state of the latest context; the history must hold at least {@link #span()}. */
    void encode(SeriesHistory history, OnlineStatistics statistics, InferenceEngine model) {
        long first = history.size() - span();
        for (int k = 0; k < input.length; k++) {
            double sum = 0.0;
            for (int i = 0; i < block; i++) {
                sum += history.get(first + (long) k * block + i);
            }
            input[k] = (float) statistics.normalise(sum / block);
        }
        model.predict(input, state);
        states.add(state);
    }

    /** Returns the likelihood score of the newest state's distance to its nearest earlier one. */
    double score() {
        double distance =
                states.nearestDistance(
                        LstmAnomalyDetector.EXCLUSION, LstmAnomalyDetector.LOOK_BACK);
        return likelihood.update(distance);
    }
}
