package io.devopssim.examples;

import io.devopssim.ml.forecast.BacktestTable;
import io.devopssim.ml.forecast.BacktestTable.HorizonScores;
import io.devopssim.ml.forecast.BacktestTable.Score;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints a {@link BacktestTable} as the {@code forecast} command's table. */
final class BacktestReport {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BacktestReport() {}

    static void print(
            PrintWriter out, String name, ZoneId zone, ForecastTrace trace, BacktestTable table) {
        int minutes = trace.perMinute().length;
        out.printf(
                Locale.ROOT,
                "Load forecast backtest on %s: %,d minutes from %s (%s), %,d rows%n",
                name,
                minutes,
                local(trace, zone, 0),
                zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone,
                trace.rows());
        out.printf(
                Locale.ROOT,
                "Scored minutes from %s to the end (%s); requests per minute%n%n",
                local(trace, zone, table.fromMinute()),
                table.fromMinute() == 0
                        ? "the whole trace"
                        : "the last " + days(minutes - table.fromMinute()));
        columnHeads(out);
        for (HorizonScores row : table.horizons()) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %,7d   %s   %s   %s   %8s%n",
                    row.horizon() + " min",
                    row.rows(),
                    cells(row.model()),
                    cells(row.persistence()),
                    cells(row.seasonalNaive()),
                    percent(row.improvementPercent()));
        }
        HorizonScores last = table.horizons().get(table.horizons().size() - 1);
        out.printf(
                Locale.ROOT,
                "%nAll three are scored on the same rows. MAPE leaves out minutes with 0 requests"
                        + " (%,d of %,d rows at %d min).%n",
                last.rows() - last.mapeRows(),
                last.rows(),
                last.horizon());
        out.flush();
    }

    private static void columnHeads(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-8s %7s   %-17s   %-17s   %-17s   %s%n",
                "",
                "",
                "model",
                "persistence",
                "seasonal naive",
                "RMSE lower than");
        out.printf(
                Locale.ROOT,
                "%-8s %7s   %8s %8s   %8s %8s   %8s %8s   %s%n",
                "horizon",
                "rows",
                "RMSE",
                "MAPE",
                "RMSE",
                "MAPE",
                "RMSE",
                "MAPE",
                "better baseline");
    }

    private static String cells(Score score) {
        return String.format(Locale.ROOT, "%8.3f %8s", score.rmse(), percent(score.mape()));
    }

    private static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", value) : "n/a";
    }

    private static String local(ForecastTrace trace, ZoneId zone, int minute) {
        return LocalDateTime.ofInstant(trace.start().plus(Duration.ofMinutes(minute)), zone)
                .format(MINUTE);
    }

    private static String days(int minutes) {
        Duration d = Duration.ofMinutes(minutes);
        return d.toHours() >= 48
                ? String.format(Locale.ROOT, "%.1f days", minutes / 1440.0)
                : String.format(Locale.ROOT, "%.1f hours", minutes / 60.0);
    }
}
