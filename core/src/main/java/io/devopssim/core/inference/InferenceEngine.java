package io.devopssim.core.inference;

/**
 * Runs one trained model: a row of {@code float} features in, a row of scores out.
 *
 * <p>Core holds only this interface so that it stays light enough to embed; the {@code ml} module
 * implements it on ONNX Runtime. Implementations are thread-safe: several threads may call {@link
 * #predict} at once, each with its own arrays. Neither method allocates per call in a good
 * implementation, so the arrays belong to the caller and are reused.
 */
public interface InferenceEngine extends AutoCloseable {

    /** Returns how many features one input row holds. */
    int inputSize();

    /** Returns how many scores one output row holds. */
    int outputSize();

    /**
     * Scores one row.
     *
     * @param features {@link #inputSize()} features, in the model's input order
     * @param scores receives {@link #outputSize()} scores
     * @throws IllegalArgumentException if an array has the wrong length
     */
    void predict(float[] features, float[] scores);

    /**
     * Scores {@code rows} rows at once; faster per row than {@link #predict} for large batches.
     *
     * @param features {@code rows * inputSize()} features, row after row
     * @param rows how many rows {@code features} holds, at least 1
     * @param scores receives {@code rows * outputSize()} scores, row after row
     * @throws IllegalArgumentException if an array is shorter than the rows need
     */
    void predictBatch(float[] features, int rows, float[] scores);

    /** Releases the model's native resources; later calls fail with IllegalStateException. */
    @Override
    void close();
}
