package io.devopssim.benchmarks;

import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.ml.OnnxModel;
import io.devopssim.ml.anomaly.AnomalyDetectors;
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
 * Measures the whole inference path of the shipped LSTM anomaly detector: score one point of a
 * metric stream.
 *
 * <p>The stream is a minutely metric with a daily cycle, Gaussian noise and a rare spike. Before
 * measuring, 8,000 points fill the window, the likelihood histories (4,000 points) and the state
 * look-backs (3,000 points at both time scales), so every measured point updates the normalisation,
 * builds the 60-value windows, runs the LSTM encoder through ONNX Runtime (one intra-op thread) for
 * each scale that has a new point, searches the earlier states for the nearest one and updates the
 * likelihoods. Compare with {@link ModelCallBenchmark#bare} for {@code anomaly-lstm}, the model
 * call alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnomalyDetectorBenchmark {

    private static final String MODEL = AnomalyDetectors.MODEL_NAME;
    private static final int WARM_POINTS = 8_000;
    private static final double SPIKE_CHANCE = 0.001;

    private final SplittableRandom random = new SplittableRandom(20_261_204L);
    private OnnxModel model;
    private AnomalyDetector detector;
    private long minute;

    /** Opens the model with one intra-op thread and feeds the detector its first points. */
    @Setup(Level.Trial)
    public void open() {
        model = BenchModels.registryFor(MODEL).open(MODEL);
        detector = AnomalyDetectors.lstm(model).get();
        for (int i = 0; i < WARM_POINTS; i++) {
            score();
        }
    }

    /** Closes the model. */
    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    /**
     * Scores the next point of the stream.
     *
     * @return the score, so that the work cannot be optimised away
     */
    @Benchmark
    public double score() {
        double daily = Math.sin(2 * Math.PI * (minute % 1440) / 1440.0);
        double value = 50 + 20 * daily + 3 * random.nextGaussian();
        if (random.nextDouble() < SPIKE_CHANCE) {
            value += 40;
        }
        return detector.score(60.0 * minute++, value);
    }
}
