package io.devopssim.ml.nab;

/**
 * A detector's benchmark result under one profile, at the threshold that scores best.
 *
 * @param profile the profile scored
 * @param score the normalised score: 0 for a detector that detects nothing, 100 for a perfect one
 * @param threshold the chosen threshold: rows scoring at or above it are detections; positive
 *     infinity when detecting nothing scores best
 * @param truePositives windows with at least one detection
 * @param falsePositives detections outside every window
 * @param falseNegatives windows without a detection
 * @param rawScore the unnormalised total {@code S}
 */
public record NabResult(
        NabProfile profile,
        double score,
        double threshold,
        int truePositives,
        int falsePositives,
        int falseNegatives,
        double rawScore) {}
