package io.devopssim.benchmarks;

import io.devopssim.ml.forecast.LoadForecastModel;
import io.devopssim.ml.forecast.TreeLoadForecaster;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures the whole inference path of the shipped load forecaster: observe a minute, then read its
 * 3 forecasts.
 *
 * <p>The forecaster holds a full day and an hour of history, so every step updates the history,
 * builds the 17 features from it, runs the trees once through ONNX Runtime (one intra-op thread)
 * and scales the outputs into forecasts. Compare with {@link ModelCallBenchmark#bare} for {@code
 * load-forecaster}, the model call alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadForecasterBenchmark {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private LoadForecastModel model;
    private TreeLoadForecaster forecaster;
    private final SplittableRandom random = new SplittableRandom(20_240_601L);
    private long minute;

    /** Opens the shipped model and feeds it a day and an hour of a noisy daily curve. */
    @Setup(Level.Trial)
    public void open() {
        model = LoadForecastModel.bundled();
        forecaster = model.forecaster(ZoneOffset.UTC);
        for (int i = 0; i < model.window(); i++) {
            step();
        }
    }

    /** Closes the model. */
    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    private void step() {
        double daily = 1 + 0.5 * Math.sin(2 * Math.PI * (minute % 1440) / 1440.0);
        forecaster.observe(
                START.plus(Duration.ofMinutes(minute++)), 40 * daily + random.nextInt(20));
    }

    /**
     * Observes one minute and reads the three forecasts.
     *
     * @return the sum of the forecasts, so that the work cannot be optimised away
     */
    @Benchmark
    public double observeAndForecast() {
        step();
        return forecaster.forecast(1) + forecaster.forecast(5) + forecaster.forecast(15);
    }
}
