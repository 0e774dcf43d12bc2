package io.devopssim.core.report;

import io.devopssim.core.sim.FailoverResult;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders the regions and failovers of a service placed in several regions, for the console. */
final class RegionalSummary {

    private RegionalSummary() {}

    static void render(StringBuilder out, ServiceResult s) {
        if (s.regions().isEmpty()) {
            return;
        }
        line(
                out,
                "  failed        %s requests sent to dead regions (neither served nor dropped)",
                ConsoleSummary.count(s.failedByOutageRequests()));
        line(out, "  regions");
        for (RegionResult r : s.regions()) {
            line(
                    out,
                    "    %-26s %s requests, %s failed by outage, %s dropped; peak %d replicas;"
                            + " network %s; %s",
                    r.provider() + "/" + r.region(),
                    ConsoleSummary.count(r.requests()),
                    ConsoleSummary.count(r.failedByOutageRequests()),
                    ConsoleSummary.count(r.droppedRequests()),
                    r.peakReplicas(),
                    Double.isNaN(r.meanNetworkMillis())
                            ? "n/a"
                            : String.format(Locale.ROOT, "%.1f ms", r.meanNetworkMillis()),
                    ConsoleSummary.money(r.cost()));
        }
        for (FailoverResult f : s.failovers()) {
            line(
                    out,
                    "  failover      %s at +%s: detected %s, traffic moved %s, capacity %s,"
                            + " RTO %s, %s failed requests",
                    f.failure(),
                    ConsoleSummary.duration(f.failedAt()),
                    after(f.detectedAt(), f.failedAt()),
                    after(f.trafficMovedAt(), f.failedAt()),
                    after(f.capacityRecoveredAt(), f.failedAt()),
                    f.rtoSeconds().isPresent()
                            ? ConsoleSummary.duration(f.rtoSeconds().getAsDouble())
                            : "not reached",
                    ConsoleSummary.count(f.failedRequests()));
        }
    }

    private static String after(OptionalDouble time, double failedAt) {
        return time.isPresent()
                ? "+" + ConsoleSummary.duration(time.getAsDouble() - failedAt)
                : "n/a";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
