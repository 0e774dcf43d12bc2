package io.devopssim.examples;

import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.forecast.SeasonalNaiveForecaster;
import io.devopssim.ml.forecast.LoadForecastModel;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The load forecasters the command line can use, by name; the first is the default.
 *
 * <p>Each entry opens what its forecasters share (a model) once per command, then makes a fresh
 * forecaster for every run, reading calendar features in the trace's zone.
 */
final class Forecasters implements Iterable<String> {

    private static final Map<String, Supplier<Opened>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("trees", Forecasters::bundledTrees);
        BY_NAME.put(
                "seasonal-naive", () -> opened(zone -> SeasonalNaiveForecaster.daily(), () -> {}));
    }

    /** Forecasters of one kind, opened for one command; closing releases what they share. */
    interface Opened extends AutoCloseable {

        /** Returns a new forecaster with no history whose calendar is {@code zone}. */
        LoadForecaster forecaster(ZoneId zone);

        @Override
        void close();
    }

    /** Returns the name of the default forecaster. */
    static String defaultName() {
        return BY_NAME.keySet().iterator().next();
    }

    /** Returns the opener of the forecaster called {@code name}, if there is one. */
    static Optional<Supplier<Opened>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Returns the known names, for picocli's completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return BY_NAME.keySet().iterator();
    }

    private static Opened bundledTrees() {
        LoadForecastModel model = LoadForecastModel.bundled();
        return opened(model::forecaster, model::close);
    }

    private static Opened opened(Function<ZoneId, LoadForecaster> make, Runnable release) {
        return new Opened() {
            @Override
            public LoadForecaster forecaster(ZoneId zone) {
                return make.apply(zone);
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }
}
