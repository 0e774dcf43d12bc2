package io.devopssim.ml.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.inference.InferenceEngine;
import io.devopssim.ml.ModelMetadata;
import io.devopssim.ml.ModelRegistry;
import io.devopssim.ml.OnnxModel;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Holds the trained load-forecasting trees, loaded once, and makes one forecaster per series.
 *
 * <p>The model is scale-free: it sees counts relative to the mean of the last hour and predicts
 * relative to it, so it can be applied to traces of any size. It is safe to share between threads;
 * each {@link TreeLoadForecaster} it makes belongs to one series and one thread.
 */
public final class LoadForecastModel implements AutoCloseable {

    /** The registry name of the shipped model. */
    public static final String NAME = "load-forecaster";

    private static final int[] HORIZONS = {1, 5, 15};

    private final InferenceEngine engine;
    private final int zeroFillUpTo;

    private LoadForecastModel(InferenceEngine engine, int zeroFillUpTo) {
        this.engine = engine;
        this.zeroFillUpTo = zeroFillUpTo;
    }

    /**
     * Returns the model shipped in the {@code ml} jar, opened with one intra-op thread.
     *
     * @return the model; close it when done
     * @throws io.devopssim.ml.ModelLoadException if the shipped model is missing or corrupt
     */
    public static LoadForecastModel bundled() {
        OnnxModel model = ModelRegistry.bundled().open(NAME);
        try {
            ModelMetadata meta = model.metadata();
            return of(model, meta.features(), meta.window(), meta.normalisation());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * Returns a model on {@code engine}, after checking that the model's metadata describes the
     * features this class computes.
     *
     * @param engine the trees, 17 features in and 3 outputs (1, 5 and 15 minutes ahead) out
     * @param features the model's feature names, in input order
     * @param window the history the model needs, in minutes, if the metadata gives it
     * @param normalisation the metadata's {@code normalisation} object
     * @return the model, which owns {@code engine} from now on
     * @throws IllegalArgumentException listing every disagreement between metadata and code
     */
    public static LoadForecastModel of(
            InferenceEngine engine,
            List<String> features,
            OptionalInt window,
            JsonNode normalisation) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(normalisation, "normalisation");
        List<String> problems = problems(engine, features, window, normalisation);
        int zeroFill = normalisation.path("zeroFillUpToMinutes").asInt(-1);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "the load-forecaster model does not fit this code: "
                            + String.join("; ", problems));
        }
        return new LoadForecastModel(engine, zeroFill);
    }

    private static List<String> problems(
            InferenceEngine engine,
            List<String> features,
            OptionalInt window,
            JsonNode normalisation) {
        List<String> problems = new ArrayList<>();
        check(problems, "features", features, ForecastFeatures.NAMES);
        check(problems, "input size", engine.inputSize(), ForecastFeatures.NAMES.size());
        check(problems, "output size", engine.outputSize(), HORIZONS.length);
        check(problems, "window", window.orElse(ForecastFeatures.WINDOW), ForecastFeatures.WINDOW);
        check(
                problems,
                "normalisation.horizons",
                normalisation.path("horizons").toString(),
                "[1,5,15]");
        check(
                problems,
                "normalisation.levelMinutes",
                normalisation.path("levelMinutes").asInt(-1),
                ForecastFeatures.LEVEL_MINUTES);
        if (normalisation.path("zeroFillUpToMinutes").asInt(-1) < 0) {
            problems.add(
                    "normalisation.zeroFillUpToMinutes is "
                            + normalisation.path("zeroFillUpToMinutes")
                            + "; expected a whole number of minutes, at least 0");
        }
        return problems;
    }

    private static void check(List<String> problems, String what, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            problems.add(what + " is " + actual + "; expected " + expected);
        }
    }

    /**
     * Returns a new forecaster for one series whose calendar features are read in {@code zone}.
     *
     * @param zone the wall clock of the series, such as {@code -04:00} for the NASA trace
     * @return a forecaster with no history
     */
    public TreeLoadForecaster forecaster(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new TreeLoadForecaster(engine, zone, HORIZONS, zeroFillUpTo);
    }

    /** Returns a new forecaster for one series on UTC's calendar. */
    public TreeLoadForecaster forecaster() {
        return forecaster(ZoneOffset.UTC);
    }

    /** Returns the minutes ahead the model predicts: 1, 5 and 15. */
    public int[] horizons() {
        return HORIZONS.clone();
    }

    /** Returns the history one forecast needs, in minutes: a day and an hour. */
    public int window() {
        return ForecastFeatures.WINDOW;
    }

    /** Returns the longest run of absent minutes that counts as quiet (0) rather than unknown. */
    public int zeroFillUpTo() {
        return zeroFillUpTo;
    }

    /** Releases the model's engine; forecasters made from it stop working. */
    @Override
    public void close() {
        engine.close();
    }
}
