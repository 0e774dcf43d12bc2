package io.devopssim.core.report;

import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.sim.LatencySummary;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a result as a short text that answers what a run cost and how often it was too slow. */
public final class ConsoleSummary {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private ConsoleSummary() {}

    /** Returns the summary of {@code result}, lines separated by {@code \n}. */
    public static String render(SimulationResult result) {
        StringBuilder out = new StringBuilder();
        header(out, result);
        for (ServiceResult service : result.services()) {
            service(out, service, result.durationSeconds());
            RegionalSummary.render(out, service);
            episodes(out, service, result);
            alerts(out, service, result);
        }
        DatabaseSummary.render(out, result);
        result.cache().ifPresent(c -> CacheSummary.render(out, c));
        line(out, "");
        line(out, "Total cost %s", money(result.totalCost()));
        if (result.costByLocation().size() > 1) {
            result.costByLocation()
                    .forEach((where, cost) -> line(out, "  %-28s %s", where, money(cost)));
        }
        return out.toString();
    }

    private static void header(StringBuilder out, SimulationResult r) {
        line(
                out,
                "Scenario %s, seed %d%s",
                r.scenario(),
                r.seed(),
                r.completed() ? "" : " (CANCELLED)");
        String from = r.start().map(s -> ", from " + s).orElse("");
        line(
                out,
                "Simulated %s%s, step %s",
                duration(r.durationSeconds()),
                from,
                duration(r.stepSeconds()));
        line(
                out,
                "SLO: %s of requests faster than %s, %s served",
                percent(r.slo().latencyTarget()),
                millis(r.slo().latencyThresholdSeconds()),
                percent(r.slo().availabilityTarget()));
    }

    private static void service(StringBuilder out, ServiceResult s, double runSeconds) {
        line(out, "");
        line(out, "Service %s on %s per replica-hour", s.name(), where(s));
        line(
                out,
                "  requests      %s arrived, %s served, %s dropped or timed out",
                count(s.arrivedRequests()),
                count(s.servedRequests()),
                count(s.droppedRequests()));
        if (s.failedByDataTierRequests() > 0) {
            line(
                    out,
                    "  data tier     %s requests failed by the data tier (neither served nor"
                            + " dropped)",
                    count(s.failedByDataTierRequests()));
        }
        line(
                out,
                "  SLO           missed for %s (%s of the time); availability %s; %s of requests"
                        + " fast enough",
                duration(s.sloViolatedSeconds()),
                percent(s.sloViolatedSeconds() / runSeconds),
                percent(s.availability()),
                percent(s.latencyAttainment()));
        if (s.gapSeconds() > 0) {
            line(
                    out,
                    "  trace gaps    %s without data (not judged against the SLO)",
                    duration(s.gapSeconds()));
        }
        latency(out, s.latency());
        replicas(out, s, runSeconds);
        line(out, "  cost          %s", money(s.cost()));
    }

    /**
     * Returns where a service runs, {@code aws/us-east-1 m5.large at $0.0960}, with every region of
     * a service placed in several joined by {@code +}.
     */
    private static String where(ServiceResult s) {
        if (s.regions().size() < 2) {
            return where(s.provider(), s.region(), s.instanceType(), s.price().perHour());
        }
        List<String> parts = new ArrayList<>();
        for (RegionResult r : s.regions()) {
            parts.add(where(r.provider(), r.region(), r.instanceType(), r.price().perHour()));
        }
        return String.join(" + ", parts);
    }

    private static String where(String provider, String region, String type, double perHour) {
        return String.format(Locale.ROOT, "%s/%s %s at $%.4f", provider, region, type, perHour);
    }

    private static void episodes(StringBuilder out, ServiceResult s, SimulationResult r) {
        if (s.series().isEmpty()) {
            return;
        }
        List<SloEpisodes.Episode> worst =
                SloEpisodes.longest(s.series().get(), r.slo(), r.stepSeconds(), 3);
        if (worst.isEmpty()) {
            return;
        }
        line(out, "  longest SLO misses");
        for (SloEpisodes.Episode e : worst) {
            line(
                    out,
                    "    %-22s %-9s up to %s slow, %s dropped",
                    when(r, e.startSeconds()),
                    duration(e.seconds()),
                    percent(e.worstSlowShare()),
                    count(e.droppedRequests()));
        }
    }

    private static void alerts(StringBuilder out, ServiceResult s, SimulationResult r) {
        if (s.alerts().isEmpty()) {
            return;
        }
        line(
                out,
                "  anomaly alerts %d%s",
                s.alerts().size(),
                s.alerts().size() > 3 ? ", first 3" : "");
        for (AnomalyAlert a : s.alerts().subList(0, Math.min(3, s.alerts().size()))) {
            line(
                    out,
                    "    %-22s %-16s value %s, score %.2f",
                    when(r, a.time()),
                    a.metric().label(),
                    String.format(Locale.ROOT, "%.4g", a.value()),
                    a.score());
        }
    }

    private static String when(SimulationResult r, double seconds) {
        return r.start()
                .map(start -> WHEN.format(start.plusMillis(Math.round(seconds * 1000))))
                .orElse("+" + duration(seconds));
    }

    private static void latency(StringBuilder out, LatencySummary l) {
        line(
                out,
                "  latency       p50 %s, p90 %s, p99 %s, p99.9 %s",
                millis(l.p50()),
                millis(l.p90()),
                millis(l.p99()),
                millis(l.p999()));
    }

    private static void replicas(StringBuilder out, ServiceResult s, double runSeconds) {
        long ups = s.decisions().stream().filter(d -> d.to() > d.from()).count();
        long downs = s.decisions().size() - ups;
        line(
                out,
                "  replicas      peak %d, average %.1f, %,.1f replica-hours; %d scale-ups, %d"
                        + " scale-downs",
                s.peakReplicas(),
                s.replicaSeconds() / runSeconds,
                s.replicaSeconds() / 3600,
                ups,
                downs);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "$%,.2f", value);
    }

    static String count(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        String text =
                String.format(
                        Locale.ROOT,
                        share >= 0.999 || share == 0 ? "%.2f%%" : "%.1f%%",
                        share * 100);
        if (share < 1 && text.startsWith("100.")) {
            // Rounding must not claim that nothing was lost.
            return String.format(Locale.ROOT, "%.4f%%", Math.floor(share * 1e6) / 1e4);
        }
        return text;
    }

    static String millis(double seconds) {
        if (Double.isNaN(seconds)) {
            return "n/a";
        }
        return seconds >= 1
                ? String.format(Locale.ROOT, "%.2f s", seconds)
                : String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.1f min", s / 60.0);
        }
        if (s < 172800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400.0);
    }
}
