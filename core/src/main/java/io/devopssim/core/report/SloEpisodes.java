package io.devopssim.core.report;

import io.devopssim.core.model.Slo;
import io.devopssim.core.sim.TimeSeries;
import io.devopssim.core.sim.TimeSeries.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the periods during which a service missed its SLO, from its time series.
 *
 * <p>A step misses the SLO when it served too few of its requests or too many of them slowly, the
 * same rule the simulation counts with; consecutive missing steps form one episode.
 */
final class SloEpisodes {

    /**
     * One run of consecutive steps that missed the SLO.
     *
     * @param startSeconds when the first step began
     * @param seconds how long the run lasted
     * @param worstSlowShare the largest share of slow requests in it
     * @param droppedRequests requests dropped or timed out in it
     */
    record Episode(
            double startSeconds, double seconds, double worstSlowShare, double droppedRequests) {}

    private SloEpisodes() {}

    /** Returns the {@code limit} longest episodes, longest first, ties by time. */
    static List<Episode> longest(TimeSeries series, Slo slo, double step, int limit) {
        List<Episode> episodes = new ArrayList<>();
        int start = -1;
        double worst = 0;
        double dropped = 0;
        for (int i = 0; i <= series.size(); i++) {
            boolean missed = i < series.size() && missed(series, i, slo);
            if (missed) {
                start = start < 0 ? i : start;
                worst = Math.max(worst, series.value(Column.SLOW_SHARE, i));
                dropped += series.value(Column.DROPPED_RPS, i) * step;
            } else if (start >= 0) {
                double from = series.value(Column.TIME, start);
                episodes.add(new Episode(from, (i - start) * step, worst, dropped));
                start = -1;
                worst = 0;
                dropped = 0;
            }
        }
        episodes.sort(
                Comparator.comparingDouble(Episode::seconds)
                        .reversed()
                        .thenComparingDouble(Episode::startSeconds));
        return episodes.subList(0, Math.min(limit, episodes.size()));
    }

    private static boolean missed(TimeSeries series, int i, Slo slo) {
        double arrival = series.value(Column.ARRIVAL_RPS, i);
        if (!(arrival > 0)) {
            return false;
        }
        double served = series.value(Column.SERVED_RPS, i);
        boolean unavailable = served / arrival < slo.availabilityTarget();
        return unavailable || 1 - series.value(Column.SLOW_SHARE, i) < slo.latencyTarget();
    }
}
