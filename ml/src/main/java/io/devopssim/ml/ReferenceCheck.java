package io.devopssim.ml;

import java.util.List;

/**
 * Reports how far a model's outputs for its reference inputs are from the reference outputs.
 *
 * <p>The error of one value is {@code |actual - expected| / max(1, |expected|)}: an absolute error
 * for expected values up to 1 in magnitude and a relative error above. A model passes when the
 * worst error is at most {@link #TOLERANCE}.
 *
 * @param model the model's name
 * @param rows how many reference rows were run
 * @param worstError the largest error over every value of every row
 * @param worstRow the row of the largest error
 * @param worstIndex its position within the output row
 * @param expected the reference value there
 * @param actual what the model computed there
 */
public record ReferenceCheck(
        String model,
        int rows,
        double worstError,
        int worstRow,
        int worstIndex,
        float expected,
        float actual) {

    /** The largest error that passes: {@value}, absolute up to 1 and relative above. */
    public static final double TOLERANCE = 1e-5;

    /** Returns whether the worst error is at most {@link #TOLERANCE}. */
    public boolean passed() {
        return worstError <= TOLERANCE;
    }

    @Override
    public String toString() {
        return model
                + ": "
                + (passed() ? "matches" : "DIFFERS FROM")
                + " its "
                + rows
                + " reference rows, worst error "
                + worstError
                + " at row "
                + worstRow
                + " output "
                + worstIndex
                + " (expected "
                + expected
                + ", got "
                + actual
                + ")";
    }

    static ReferenceCheck of(OnnxModel model) {
        List<float[]> inputs = model.metadata().referenceInputsShared();
        List<float[]> outputs = model.metadata().referenceOutputsShared();
        float[] scores = new float[model.outputSize()];
        ReferenceCheck worst = null;
        for (int r = 0; r < inputs.size(); r++) {
            model.predict(inputs.get(r), scores);
            float[] want = outputs.get(r);
            for (int i = 0; i < want.length; i++) {
                double error =
                        Math.abs((double) scores[i] - want[i]) / Math.max(1.0, Math.abs(want[i]));
                if (Double.isNaN(error)) {
                    error = Double.POSITIVE_INFINITY;
                }
                if (worst == null || error > worst.worstError) {
                    worst =
                            new ReferenceCheck(
                                    model.metadata().name(),
                                    inputs.size(),
                                    error,
                                    r,
                                    i,
                                    want[i],
                                    scores[i]);
                }
            }
        }
        return worst;
    }
}
