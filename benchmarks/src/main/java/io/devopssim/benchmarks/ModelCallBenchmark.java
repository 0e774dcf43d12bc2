package io.devopssim.benchmarks;

import ai.onnxruntime.OrtException;
import io.devopssim.ml.ModelMetadata;
import io.devopssim.ml.OnnxModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures one model call alone: ONNX Runtime's bare API against our {@link OnnxModel}, for single
 * rows and for batches.
 *
 * <p>{@link #bare} is the baseline the whole inference paths ({@link AnomalyDetectorBenchmark},
 * {@link LoadForecasterBenchmark}) are compared with. Every call takes the next row of a pool of
 * 1,024 rows near the model's reference inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelCallBenchmark {

    /** Rows in one batch of {@link #batch}. */
    static final int BATCH_ROWS = 256;

    private static final int POOL = 1024;

    @Param({"anomaly-lstm", "load-forecaster"})
    String model;

    private ModelMetadata metadata;
    private InputRows rows;
    private BareOnnxCall bare;
    private OnnxModel engine;
    private float[] scores;

    /** Opens the model twice, bare and through our engine, each with one intra-op thread. */
    @Setup(Level.Trial)
    public void open() throws OrtException {
        metadata = BenchModels.registryFor(model).metadata(model);
        rows = new InputRows(metadata.referenceInputs(), POOL, 20_261_204L);
        bare = new BareOnnxCall(BenchModels.onnxBytes(model), metadata);
        engine = BenchModels.registryFor(model).open(model);
        scores = new float[engine.outputSize()];
    }

    /** Closes both. */
    @TearDown(Level.Trial)
    public void close() throws OrtException {
        bare.close();
        engine.close();
    }

    /**
     * Runs one row through ONNX Runtime directly.
     *
     * @return the first output, so that the work cannot be optimised away
     */
    @Benchmark
    public float bare() throws OrtException {
        return bare.run(rows.next());
    }

    /**
     * Runs one row through {@link OnnxModel#predict}.
     *
     * @return the first output
     */
    @Benchmark
    public float engine() {
        engine.predict(rows.next(), scores);
        return scores[0];
    }

    /**
     * Runs {@value #BATCH_ROWS} rows through {@link OnnxModel#predictBatch}; one operation is one
     * row, so the score is rows per second.
     *
     * @return the first output of the batch
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_ROWS)
    public float batch(Batch batch) {
        batch.model.predictBatch(batch.next(), BATCH_ROWS, batch.scores);
        return batch.scores[0];
    }

    /** The model opened for batches, with {@code intraOpThreads} threads, and a few batches. */
    @State(Scope.Thread)
    public static class Batch {

        private static final int BATCHES = 4;

        @Param({"1", "2"})
        int intraOpThreads;

        private OnnxModel model;
        private float[][] batches;
        private float[] scores;
        private int next;

        /** Opens the model and prepares the batches from the benchmark's row pool. */
        @Setup(Level.Trial)
        public void open(ModelCallBenchmark bench) {
            model = BenchModels.registryFor(bench.model).open(bench.model, intraOpThreads);
            batches = new float[BATCHES][];
            for (int b = 0; b < BATCHES; b++) {
                batches[b] = bench.rows.batch(BATCH_ROWS);
            }
            scores = new float[BATCH_ROWS * model.outputSize()];
        }

        /** Closes the model. */
        @TearDown(Level.Trial)
        public void close() {
            model.close();
        }

        float[] next() {
            next = (next + 1) % BATCHES;
            return batches[next];
        }
    }
}
