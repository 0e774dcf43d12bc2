package io.devopssim.core.sim;

import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.load.Workload;
import java.time.Instant;
import java.util.stream.IntStream;

/**
 * A forecaster for tests that knows the future: it answers the true requests of a known workload.
 *
 * <p>Minutes are counted from {@code start}, which must be on a whole minute; the workload's rate
 * is averaged over each minute at 1 s resolution.
 */
final class OracleForecaster implements LoadForecaster {

    private final Workload workload;
    private final Instant start;
    private final int[] horizons;
    private long last = -1;

    OracleForecaster(Workload workload, Instant start, int longestHorizon) {
        this.workload = workload;
        this.start = start;
        this.horizons = IntStream.rangeClosed(1, longestHorizon).toArray();
    }

    @Override
    public void observe(Instant minuteStart, double requestsPerMinute) {
        last = (minuteStart.getEpochSecond() - start.getEpochSecond()) / 60;
    }

    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    @Override
    public double forecast(int minutesAhead) {
        if (last < 0) {
            return Double.NaN;
        }
        double from = (last + minutesAhead) * 60.0;
        double sum = 0;
        for (int s = 0; s < 60; s++) {
            sum += workload.rate(from + s);
        }
        return sum;
    }
}
