package io.devopssim.benchmarks;

import io.devopssim.core.anomaly.AnomalyDetector;
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

/**
 * Measures one point of the shipped LSTM anomaly detector with its look-back full.
 *
 * <p>The detector is fed 3,500 points of a noisy daily curve first, so every scored point runs the
 * LSTM at both time scales and compares against 3,000 earlier states of each.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnomalyDetectorBenchmark {

    private static final int HISTORY = 3500;

    private AnomalyDetector detector;
    private final SplittableRandom random = new SplittableRandom(20_261_204L);
    private long point;

    /** Creates a detector on the shipped model and fills its history. */
    @Setup(Level.Trial)
    public void open() {
        detector = AnomalyDetectors.lstm().get();
        for (int i = 0; i < HISTORY; i++) {
            score();
        }
    }

    /**
     * Scores the next point of the curve.
     *
     * @return the score, so that the work cannot be optimised away
     */
    @Benchmark
    public double score() {
        double daily = 50 + 10 * Math.sin(2 * Math.PI * (point % 288) / 288.0);
        return detector.score(300.0 * point++, daily + random.nextGaussian());
    }
}
