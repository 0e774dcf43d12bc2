package io.devopssim.core.report;

import io.devopssim.core.sim.DatabaseResult;
import io.devopssim.core.sim.SimulationResult;
import java.util.Locale;

/** Renders the run's PostgreSQL cluster for the console: failovers and the requests it failed. */
final class DatabaseSummary {

    private DatabaseSummary() {}

    static void render(StringBuilder out, SimulationResult result) {
        if (result.database().isEmpty()) {
            return;
        }
        DatabaseResult db = result.database().get();
        line(out, "");
        line(
                out,
                "Database %s (used by %s): primary %s at the start, %s at the end, timeline %d",
                db.cluster(),
                String.join(", ", db.services()),
                db.initialPrimary(),
                db.primary().orElse("none"),
                db.timeline());
        line(
                out,
                "  without primary %s; %s requests failed by the database, %s of writes refused",
                ConsoleSummary.duration(db.secondsWithoutPrimary()),
                ConsoleSummary.count(db.failedRequests()),
                mebibytes(db.refusedWriteBytes()));
        for (DatabaseResult.Failover f : db.failovers()) {
            line(out, "  failover        %s", failover(f, result.durationSeconds()));
        }
    }

    private static String failover(DatabaseResult.Failover f, double end) {
        String lost = f.lostPrimary() + " lost at +" + ConsoleSummary.duration(f.lostAt());
        if (f.newPrimary().isEmpty()) {
            return lost + ", no replica promoted before the end";
        }
        return String.format(
                Locale.ROOT,
                "%s, %s promoted %s later (timeline %d), RPO %s (%.1f s of writes)",
                lost,
                f.newPrimary().get(),
                ConsoleSummary.duration(f.writeOutageSeconds(end)),
                f.timeline(),
                mebibytes(f.rpoBytes()),
                f.rpoSeconds());
    }

    private static String mebibytes(double bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024 * 1024));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
