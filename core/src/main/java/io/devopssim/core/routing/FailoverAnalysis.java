package io.devopssim.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Computes a {@link FailoverReport} from the answer histories of a {@link GlobalRouting}.
 *
 * <p>Failed requests are the integral of each source's rate times its share to the failed region
 * over the outage, by the midpoint rule on steps of {@code step} seconds; as the share only falls,
 * the error is at most the rate times one step. The 99 % point is found by bisection.
 */
final class FailoverAnalysis {

    private static final double RESIDUAL = 0.01;
    private static final int BISECTIONS = 60;

    private final GlobalRouting routing;
    private final int region;
    private final double failedAt;
    private final double downUntil;
    private final OptionalDouble detectedAt;
    private final double until;
    private final double step;

    FailoverAnalysis(
            GlobalRouting routing,
            int region,
            double[] outage,
            OptionalDouble detectedAt,
            double until,
            double step) {
        this.routing = routing;
        this.region = region;
        this.failedAt = outage[0];
        this.downUntil = outage[1];
        this.detectedAt = detectedAt;
        this.until = until;
        this.step = step;
    }

    FailoverReport report() {
        int sources = routing.config().sources().size();
        List<SourceImpact> impacts = new ArrayList<>();
        double failed = 0;
        double latest = 0;
        boolean allRecovered = true;
        for (int s = 0; s < sources; s++) {
            SourceImpact impact = impact(s);
            impacts.add(impact);
            failed += impact.failedRequests();
            if (impact.recoveredSeconds().isPresent()) {
                latest = Math.max(latest, impact.recoveredSeconds().getAsDouble());
            } else {
                allRecovered = false;
            }
        }
        OptionalDouble recovered =
                allRecovered ? OptionalDouble.of(latest) : OptionalDouble.empty();
        return new FailoverReport(
                routing.table().regionName(region),
                failedAt,
                detectedAt.isPresent()
                        ? OptionalDouble.of(detectedAt.getAsDouble() - failedAt)
                        : OptionalDouble.empty(),
                recovered99(recovered),
                recovered,
                failed,
                impacts);
    }

    private SourceImpact impact(int s) {
        AnswerHistory history = routing.history(s);
        List<SharePoint> series = new ArrayList<>();
        for (long k = 0; failedAt + k * step <= until; k++) {
            double t = failedAt + k * step;
            series.add(new SharePoint(t, history.shareAt(region, t)));
        }
        OptionalDouble recoveredAt = recoveredAt(history);
        double after = recoveredAt.isPresent() ? recoveredAt.getAsDouble() : until;
        RouteTable table = routing.table();
        return new SourceImpact(
                table.sourceNames().get(s),
                series,
                failedRequests(s, history),
                recoveredAt.isPresent()
                        ? OptionalDouble.of(recoveredAt.getAsDouble() - failedAt)
                        : OptionalDouble.empty(),
                table.meanRttMillis(s, history.splitAt(failedAt)),
                table.meanRttMillis(s, history.splitAt(after)));
    }

    /** Returns when the first answer without the region, given after detection, was taken up. */
    private OptionalDouble recoveredAt(AnswerHistory history) {
        if (history.shareAt(region, failedAt) == 0) {
            return OptionalDouble.of(failedAt);
        }
        if (detectedAt.isEmpty()) {
            return OptionalDouble.empty();
        }
        for (AnswerHistory.Change change : history.changesSince(detectedAt.getAsDouble())) {
            if (change.split()[region] == 0) {
                double done = change.shift().doneAt();
                return done <= until ? OptionalDouble.of(done) : OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    private double failedRequests(int s, AnswerHistory history) {
        double end = Math.min(until, downUntil);
        double total = 0;
        for (double t = failedAt; t < end; t += step) {
            double width = Math.min(step, end - t);
            double mid = t + width / 2;
            total += routing.rate(s, mid) * history.shareAt(region, mid) * width;
        }
        return total;
    }

    /** Returns the traffic to the region at {@code time}, over all sources, in requests/s. */
    private double deadTraffic(double time) {
        double sum = 0;
        for (int s = 0; s < routing.config().sources().size(); s++) {
            sum += routing.rate(s, time) * routing.history(s).shareAt(region, time);
        }
        return sum;
    }

    private OptionalDouble recovered99(OptionalDouble recovered) {
        if (recovered.isEmpty() || detectedAt.isEmpty()) {
            return recovered;
        }
        double threshold = RESIDUAL * deadTraffic(failedAt);
        double lo = detectedAt.getAsDouble();
        double hi = failedAt + recovered.getAsDouble();
        if (deadTraffic(lo) <= threshold) {
            return OptionalDouble.of(lo - failedAt);
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            if (deadTraffic(mid) <= threshold) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return OptionalDouble.of(hi - failedAt);
    }
}
