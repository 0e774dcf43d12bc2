package io.devopssim.ml.anomaly;

/**
 * Exponentially weighted mean and variance of a series, cumulative over its first points.
 *
 * <p>Mirrors {@code norm.online_stats} of the training script operation for operation, so that the
 * LSTM sees the inputs it was trained on.
 */
final class OnlineStatistics {

    private final Normalisation settings;
    private long count;
    private double mean;
    private double variance;

    OnlineStatistics(Normalisation settings) {
        this.settings = settings;
    }

    /** Returns the mean of the points added so far (0 before the first). */
    double mean() {
        return mean;
    }

    /** Returns the floored standard deviation of the points added so far (1 before the first). */
    double std() {
        if (count == 0) {
            return 1.0;
        }
        double floor = settings.relativeStdFloor() * Math.abs(mean);
        return Math.max(Math.max(Math.sqrt(variance), floor), settings.absoluteStdFloor());
    }

    /** Returns (value - mean) / std, clipped. */
    double normalise(double value) {
        double z = (value - mean) / std();
        return Math.min(Math.max(z, -settings.clip()), settings.clip());
    }

    void add(double value) {
        count++;
        double alpha = Math.max(1.0 / count, settings.alphaMin());
        double delta = value - mean;
        mean += alpha * delta;
        variance = (1.0 - alpha) * (variance + alpha * delta * delta);
    }
}
