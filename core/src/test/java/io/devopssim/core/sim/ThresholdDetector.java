package io.devopssim.core.sim;

import io.devopssim.core.anomaly.AnomalyDetector;
import java.util.ArrayList;
import java.util.List;

/** A detector for tests: scores 1 above a limit and 0 otherwise, and remembers its inputs. */
final class ThresholdDetector implements AnomalyDetector {

    final List<Double> times = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    private final double limit;

    ThresholdDetector(double limit) {
        this.limit = limit;
    }

    @Override
    public double score(double epochSeconds, double value) {
        times.add(epochSeconds);
        values.add(value);
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        return value > limit ? 1 : 0;
    }
}
