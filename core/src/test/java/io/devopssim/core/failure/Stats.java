package io.devopssim.core.failure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Up times and repair times measured from a stream of failure events, per target. */
record Stats(int failures, double meanUp, double meanRepair, double minRepair, double maxRepair) {

    static Stats of(List<FailureEvent> events) {
        Map<Component, Double> lastUp = new HashMap<>();
        double upSum = 0;
        int ups = 0;
        double repairSum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        int failures = 0;
        for (FailureEvent e : events) {
            if (e instanceof FailureStarted) {
                failures++;
                upSum += e.time() - lastUp.getOrDefault(e.target(), 0.0);
                ups++;
            } else if (e instanceof FailureRecovered r) {
                lastUp.put(e.target(), e.time());
                repairSum += r.durationSeconds();
                min = Math.min(min, r.durationSeconds());
                max = Math.max(max, r.durationSeconds());
            }
        }
        int repairs = events.size() - failures;
        return new Stats(failures, upSum / ups, repairSum / repairs, min, max);
    }
}
