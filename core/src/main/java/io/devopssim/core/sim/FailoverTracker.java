package io.devopssim.core.sim;

import io.devopssim.core.routing.FailoverReport;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.RegionMarkedUnhealthy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Follows each failure that touched a placed service, from failure to recovery of its SLO.
 *
 * <p>Traffic moved is taken from routing's own account of the outage ({@link
 * GlobalRouting#report}): the instant no client is sent to the failed region any more. Capacity is
 * recovered at the first step at which the service says it has enough ready replicas in its regions
 * still up for the current load at the HPA's target (see {@link FailoverResult}); the failover
 * planner's {@code CAPACITY_READY} means the same.
 */
final class FailoverTracker {

    private final GlobalRouting routing;
    private final List<Open> open = new ArrayList<>();

    FailoverTracker(GlobalRouting routing) {
        this.routing = routing;
    }

    /** One failure being followed. */
    private static final class Open {
        final long id;
        final String failure;
        final List<String> failedRegions;
        final double failedAt;
        double recoveredAt = Double.NaN;
        double detectedAt = Double.NaN;
        double capacityAt = Double.NaN;
        double metAt = Double.NaN;
        double failedRequests;

        Open(long id, String failure, List<String> regions, double failedAt) {
            this.id = id;
            this.failure = failure;
            this.failedRegions = List.copyOf(regions);
            this.failedAt = failedAt;
        }
    }

    void open(long id, String failure, List<String> failed, double time) {
        open.add(new Open(id, failure, failed, time));
    }

    void recovered(long id, double time) {
        for (Open o : open) {
            if (o.id == id) {
                o.recoveredAt = time;
            }
        }
    }

    void detected(RegionMarkedUnhealthy e) {
        for (Open o : open) {
            if (Double.isNaN(o.detectedAt)
                    && e.time() >= o.failedAt
                    && o.failedRegions.contains(e.region())) {
                o.detectedAt = e.time();
            }
        }
    }

    /**
     * Follows a step's outcome: whether the SLO was met and whether capacity is enough (asked only
     * while a failure waits for it); each failure counts only the requests that failed in its own
     * regions, so overlapping failures are not mixed up.
     */
    void step(
            double time,
            boolean met,
            ToDoubleFunction<String> failedIn,
            BooleanSupplier capacityEnough) {
        int enough = -1;
        for (int i = 0; i < open.size(); i++) {
            Open o = open.get(i);
            if (time < o.failedAt) {
                continue;
            }
            if (Double.isNaN(o.recoveredAt)) {
                for (String region : o.failedRegions) {
                    o.failedRequests += failedIn.applyAsDouble(region);
                }
            }
            if (Double.isNaN(o.metAt) && met) {
                o.metAt = time;
            }
            if (Double.isNaN(o.capacityAt)) {
                if (enough < 0) {
                    enough = capacityEnough.getAsBoolean() ? 1 : 0;
                }
                if (enough == 1) {
                    o.capacityAt = time;
                }
            }
        }
    }

    List<FailoverResult> results(double end, double step) {
        List<FailoverResult> results = new ArrayList<>();
        for (Open o : open) {
            results.add(
                    new FailoverResult(
                            o.failure,
                            o.failedRegions,
                            o.failedAt,
                            optional(o.recoveredAt),
                            optional(o.detectedAt),
                            trafficMoved(o, end, step),
                            optional(o.capacityAt),
                            optional(o.metAt - o.failedAt),
                            o.failedRequests));
        }
        return results;
    }

    /** Returns when the last failed region stopped getting traffic, from routing's report. */
    private OptionalDouble trafficMoved(Open o, double end, double step) {
        if (routing == null || o.failedRegions.isEmpty() || end < o.failedAt) {
            return OptionalDouble.empty();
        }
        double latest = o.failedAt;
        for (String region : o.failedRegions) {
            FailoverReport report;
            try {
                report = routing.report(region, o.failedAt, end, step);
            } catch (IllegalArgumentException e) {
                return OptionalDouble.empty(); // the region was already down from another failure
            }
            if (report.recoveredSeconds().isEmpty()) {
                return OptionalDouble.empty();
            }
            latest = Math.max(latest, o.failedAt + report.recoveredSeconds().getAsDouble());
        }
        return OptionalDouble.of(latest);
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
