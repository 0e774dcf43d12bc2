package io.devopssim.ml.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The online normalisation the LSTM was trained with, as read from its {@code model.json}.
 *
 * @param alphaMin the smallest exponential weight; the statistics are cumulative before 1/alphaMin
 *     points
 * @param relativeStdFloor the std is at least this fraction of |mean|
 * @param absoluteStdFloor the std is at least this
 * @param clip normalised values are clipped to plus or minus this
 */
record Normalisation(
        double alphaMin, double relativeStdFloor, double absoluteStdFloor, double clip) {

    /** Reads the settings, adding each missing or invalid one to {@code problems}. */
    static Normalisation read(JsonNode node, List<String> problems) {
        double alphaMin = positive(node, "alphaMin", problems);
        double relative = positive(node, "relativeStdFloor", problems);
        double absolute = positive(node, "absoluteStdFloor", problems);
        double clip = positive(node, "clip", problems);
        if (alphaMin > 1) {
            problems.add("normalisation.alphaMin is " + alphaMin + ", expected at most 1");
        }
        return new Normalisation(alphaMin, relative, absolute, clip);
    }

    private static double positive(JsonNode node, String field, List<String> problems) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber()) {
            problems.add("normalisation." + field + " is " + value + ", expected a number > 0");
            return Double.NaN;
        }
        double v = value.asDouble();
        if (!(v > 0) || Double.isInfinite(v)) {
            problems.add("normalisation." + field + " is " + v + ", expected a finite number > 0");
        }
        return v;
    }
}
