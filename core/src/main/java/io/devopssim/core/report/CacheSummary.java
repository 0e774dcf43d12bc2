package io.devopssim.core.report;

import io.devopssim.core.sim.CacheFailover;
import io.devopssim.core.sim.CacheResult;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders a run's Redis cache for the console: hit ratio, database load and each failover. */
final class CacheSummary {

    private CacheSummary() {}

    static void render(StringBuilder out, CacheResult c) {
        line(out, "");
        line(
                out,
                "Cache %s: warm hit ratio %s, lowest %s at +%s; database reads peak %s/s %s;"
                        + " %s of %s requests failed by the cache",
                c.name(),
                ConsoleSummary.percent(c.warmHitRatio()),
                ConsoleSummary.percent(c.minHitRatio()),
                ConsoleSummary.duration(c.minHitRatioAt()),
                ConsoleSummary.count(c.peakDatabaseReadsPerSecond()),
                Double.isInfinite(c.databaseReadCapacity())
                        ? "(no capacity limit)"
                        : "of " + ConsoleSummary.count(c.databaseReadCapacity()) + "/s capacity",
                ConsoleSummary.count(c.failedRequests()),
                ConsoleSummary.count(c.requests()));
        for (CacheFailover f : c.failovers()) {
            line(out, "  failover        %s", failover(f));
        }
        if (!c.lostNodes().isEmpty()) {
            line(out, "  lost            %s", String.join(", ", c.lostNodes()));
        }
    }

    private static String failover(CacheFailover f) {
        String head =
                String.format(
                        Locale.ROOT,
                        "%s lost at +%s: seen down %s, quorum %s, ",
                        f.oldMaster(),
                        ConsoleSummary.duration(f.lostAt()),
                        after(f.subjectivelyDownAt(), f.lostAt(), "never"),
                        after(f.detectedAt(), f.lostAt(), "never"));
        if (f.newMaster().isEmpty()) {
            return head + "no switch by the end of the run";
        }
        return head
                + String.format(
                        Locale.ROOT,
                        "%s serving %s (%s, hit ratio %s), 90%% of the warm hit ratio %s",
                        f.newMaster().get(),
                        after(f.switchedAt(), f.lostAt(), "never"),
                        f.warm() ? "warm" : "cold",
                        ConsoleSummary.percent(f.coldHitRatio()),
                        after(f.hitRecoveredAt(), f.lostAt(), "not reached"));
    }

    private static String after(OptionalDouble time, double lostAt, String absent) {
        return time.isPresent()
                ? "+" + ConsoleSummary.duration(time.getAsDouble() - lostAt)
                : absent;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
