package io.devopssim.core.drill;

import io.devopssim.core.load.Workload;
import java.util.List;
import java.util.Objects;

/**
 * The whole hour of a run with the most requests, summed over the services' workloads.
 *
 * <p>Hours start at whole multiples of 3,600 s after the run's start; each is measured from the
 * rate at the middle of each of its minutes. Minutes without data (trace gaps) count as no load.
 *
 * @param startSeconds the hour's start, seconds after the run's start
 * @param meanRps the mean request rate over the hour
 * @param peakRps the highest per-minute rate within it
 */
public record BusiestHour(double startSeconds, double meanRps, double peakRps) {

    private static final int MINUTES = 60;

    /**
     * Returns the busiest whole hour within the first {@code durationSeconds} of the workloads.
     *
     * @param workloads the services' request rates
     * @param durationSeconds the run's length, at least one hour
     * @return the busiest hour, the first of equals
     * @throws IllegalArgumentException if there are no workloads or the run is shorter than an hour
     */
    public static BusiestHour of(List<Workload> workloads, double durationSeconds) {
        Objects.requireNonNull(workloads, "workloads");
        if (workloads.isEmpty() || !(durationSeconds >= 3600)) {
            throw new IllegalArgumentException(
                    "the busiest hour needs a workload and a run of at least 1 h, was "
                            + workloads.size()
                            + " workloads and "
                            + durationSeconds
                            + " s");
        }
        BusiestHour best = null;
        int hours = (int) Math.floor(durationSeconds / 3600);
        for (int h = 0; h < hours; h++) {
            BusiestHour hour = measure(workloads, h * 3600.0);
            if (best == null || hour.meanRps > best.meanRps) {
                best = hour;
            }
        }
        return best;
    }

    /**
     * Returns the same measure of the hour from {@code startSeconds}, for the given workloads only,
     * such as one service's share of the busiest hour.
     *
     * @param workloads the request rates to sum
     * @param startSeconds the hour's start, seconds after the run's start
     * @return the hour's mean and peak rate
     */
    public static BusiestHour at(List<Workload> workloads, double startSeconds) {
        return measure(Objects.requireNonNull(workloads, "workloads"), startSeconds);
    }

    private static BusiestHour measure(List<Workload> workloads, double start) {
        double sum = 0;
        double peak = 0;
        for (int m = 0; m < MINUTES; m++) {
            double rate = rate(workloads, start + m * 60.0 + 30);
            sum += rate;
            peak = Math.max(peak, rate);
        }
        return new BusiestHour(start, sum / MINUTES, peak);
    }

    private static double rate(List<Workload> workloads, double t) {
        double total = 0;
        for (Workload w : workloads) {
            double r = w.rate(t);
            if (Double.isFinite(r) && r > 0) {
                total += r;
            }
        }
        return total;
    }
}
