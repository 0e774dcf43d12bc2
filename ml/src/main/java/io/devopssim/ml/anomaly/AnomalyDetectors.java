package io.devopssim.ml.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.inference.InferenceEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Creates streaming anomaly detectors backed by the shipped anomaly LSTM. */
public final class AnomalyDetectors {

    private AnomalyDetectors() {}

    /**
     * Returns a factory of per-series {@link LstmAnomalyDetector}s that share one loaded model.
     *
     * <p>The caller keeps ownership of {@code model} and closes it once no detector is used any
     * more.
     *
     * @param model the anomaly LSTM: {@code window} normalised values in, the next one out
     * @param window how many past values the model reads, from its metadata
     * @param normalisation the {@code normalisation} object of the model's metadata
     * @return a supplier that makes a new, independent detector on each call
     * @throws IllegalArgumentException if the model and settings do not fit, listing every problem
     */
    public static Supplier<AnomalyDetector> lstm(
            InferenceEngine model, int window, JsonNode normalisation) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(normalisation, "normalisation");
        List<String> problems = new ArrayList<>();
        if (window < 1 || window > LstmAnomalyDetector.WARM_UP) {
            problems.add("window is " + window + ", expected 1.." + LstmAnomalyDetector.WARM_UP);
        }
        if (model.inputSize() != window) {
            problems.add(
                    "model input size is " + model.inputSize() + ", expected the window " + window);
        }
        if (model.outputSize() != 1) {
            problems.add("model output size is " + model.outputSize() + ", expected 1");
        }
        Normalisation settings = null;
        try {
            settings = Normalisation.fromJson(normalisation);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot build the LSTM anomaly detector: " + String.join("; ", problems));
        }
        Normalisation checked = settings;
        return () -> new LstmAnomalyDetector(model, window, checked);
    }
}
