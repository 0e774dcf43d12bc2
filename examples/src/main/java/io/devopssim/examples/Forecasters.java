package io.devopssim.examples;

import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.forecast.SeasonalNaiveForecaster;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The load forecasters the command line can use, by name; the first is the default.
 *
 * <p>Each entry makes a fresh forecaster for every run.
 */
final class Forecasters implements Iterable<String> {

    private static final Map<String, Supplier<LoadForecaster>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("seasonal-naive", SeasonalNaiveForecaster::daily);
    }

    /** Returns the name of the default forecaster. */
    static String defaultName() {
        return BY_NAME.keySet().iterator().next();
    }

    /** Returns the factory of the forecaster called {@code name}, if there is one. */
    static Optional<Supplier<LoadForecaster>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Returns the known names, for picocli's completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return BY_NAME.keySet().iterator();
    }
}
