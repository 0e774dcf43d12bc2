package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheEvent;
import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.failure.FailureRecovered;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.routing.RegionMarkedHealthy;
import io.devopssim.core.routing.RegionMarkedUnhealthy;
import io.devopssim.core.routing.RoutingAnswerChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records failures, health verdicts, routing changes and database failovers of a run as they are
 * published.
 */
final class Timeline {

    private final List<TimelineEvent> events = new ArrayList<>();

    Timeline(SimulationKernel kernel) {
        kernel.addListener(FailureStarted.class, this::started);
        kernel.addListener(FailureRecovered.class, this::recovered);
        kernel.addListener(
                RegionMarkedUnhealthy.class,
                e ->
                        add(
                                e.time(),
                                "region-unhealthy",
                                e.region(),
                                "failed at " + seconds(e.failedAt())));
        kernel.addListener(
                RegionMarkedHealthy.class,
                e ->
                        add(
                                e.time(),
                                "region-healthy",
                                e.region(),
                                "restored at " + seconds(e.restoredAt())));
        kernel.addListener(RoutingAnswerChanged.class, this::routed);
        kernel.addListener(FailoverEvent.class, e -> events.add(DatabaseTimeline.entry(e)));
        kernel.addListener(CacheEvent.class, e -> events.add(CacheTimeline.entry(e)));
        kernel.addListener(
                PodCrashed.class,
                e ->
                        add(
                                e.time(),
                                "pod-crashed",
                                e.service() + " " + e.region(),
                                "in "
                                        + e.location()
                                        + (e.wasReady() ? ", was ready" : ", was not ready")
                                        + ", restarting"));
    }

    private void started(FailureStarted e) {
        String recovers =
                Double.isInfinite(e.recoversAt())
                        ? "never recovers"
                        : "recovers at " + seconds(e.recoversAt());
        String origin = e.scheduled() ? "scheduled" : "random";
        add(
                e.time(),
                "failure-started",
                subject(e.kind().label(), e.target().name()),
                origin + ", " + components(e.changed().size()) + " down, " + recovers);
    }

    private void recovered(FailureRecovered e) {
        add(
                e.time(),
                "failure-recovered",
                subject(e.kind().label(), e.target().name()),
                "after "
                        + seconds(e.durationSeconds())
                        + ", "
                        + components(e.changed().size())
                        + " up");
    }

    private static String components(int count) {
        return count + (count == 1 ? " component" : " components");
    }

    private void routed(RoutingAnswerChanged e) {
        StringBuilder split = new StringBuilder();
        for (Map.Entry<String, Double> entry : new TreeMap<>(e.split()).entrySet()) {
            if (split.length() > 0) {
                split.append(' ');
            }
            split.append(entry.getKey()).append('=');
            split.append(String.format(Locale.ROOT, "%.3f", entry.getValue()));
        }
        add(
                e.time(),
                "routing-changed",
                e.source(),
                split + ", taken up by " + seconds(e.takenUpBy()));
    }

    private static String subject(String kind, String target) {
        return kind + " " + target;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private void add(double time, String kind, String subject, String detail) {
        events.add(new TimelineEvent(time, kind, subject, detail));
    }

    List<TimelineEvent> events() {
        return events;
    }
}
