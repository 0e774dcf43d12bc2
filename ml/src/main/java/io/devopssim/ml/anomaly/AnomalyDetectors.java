package io.devopssim.ml.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.inference.InferenceEngine;
import io.devopssim.ml.ModelLoadException;
import io.devopssim.ml.ModelMetadata;
import io.devopssim.ml.ModelRegistry;
import io.devopssim.ml.OnnxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creates streaming anomaly detectors backed by the shipped anomaly LSTM's encoder.
 *
 * <pre>{@code
 * Supplier<AnomalyDetector> detectors = AnomalyDetectors.lstm();
 * AnomalyDetector cpu = detectors.get();          // one per series
 * double score = cpu.score(epochSeconds, value);  // in [0, 1]
 * }</pre>
 */
public final class AnomalyDetectors {

    /** The name of the shipped model in {@link ModelRegistry#bundled()}. */
    public static final String MODEL_NAME = "anomaly-lstm";

    private AnomalyDetectors() {}

    /**
     * Returns a factory of per-series detectors sharing the shipped model, opened once per JVM.
     *
     * <p>The shared model is opened on the first call, with one intra-op thread, and stays open for
     * the life of the JVM (about 1 MB of native memory).
     *
     * @return a supplier that makes a new, independent detector on each call
     * @throws ModelLoadException if the shipped model cannot be loaded
     */
    public static Supplier<AnomalyDetector> lstm() {
        return lstm(Bundled.MODEL);
    }

    /**
     * Returns a factory of per-series detectors sharing {@code model}, configured from its
     * metadata.
     *
     * <p>The caller keeps ownership of {@code model} and closes it once no detector is used any
     * more.
     *
     * @param model an open anomaly LSTM, such as {@code
     *     ModelRegistry.bundled().open("anomaly-lstm")}
     * @return a supplier that makes a new, independent detector on each call
     * @throws IllegalArgumentException if the model's metadata has no window or does not fit
     */
    public static Supplier<AnomalyDetector> lstm(OnnxModel model) {
        Objects.requireNonNull(model, "model");
        ModelMetadata metadata = model.metadata();
        int window =
                metadata.window()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "model "
                                                        + metadata.name()
                                                        + " has no window in its metadata,"
                                                        + " expected the number of past values"));
        return lstm(model, window, metadata.normalisation());
    }

    /**
     * Returns a factory of per-series {@link LstmAnomalyDetector}s that share one loaded model.
     *
     * <p>The caller keeps ownership of {@code model} and closes it once no detector is used any
     * more.
     *
     * @param model the anomaly LSTM: {@code window} normalised values in, its last hidden state out
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
        Normalisation settings = Normalisation.read(normalisation, problems);
        checkModel(model, window, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot build the LSTM anomaly detector: " + String.join("; ", problems));
        }
        return () -> new LstmAnomalyDetector(model, window, settings);
    }

    private static void checkModel(InferenceEngine model, int window, List<String> problems) {
        if (window < 1 || window > LstmAnomalyDetector.MAX_WINDOW) {
            problems.add(
                    "window is "
                            + window
                            + ", expected 1.."
                            + LstmAnomalyDetector.MAX_WINDOW
                            + " (the longest time scale must fit in the warm-up)");
        }
        if (model.inputSize() != window) {
            problems.add(
                    "model input size is " + model.inputSize() + ", expected the window " + window);
        }
        if (model.outputSize() < 1) {
            problems.add(
                    "model output size is "
                            + model.outputSize()
                            + ", expected at least 1 (the LSTM state)");
        }
    }

    /** Holds the shared shipped model; the JVM loads it on first use. */
    private static final class Bundled {
        static final OnnxModel MODEL = ModelRegistry.bundled().open(MODEL_NAME);
    }
}
