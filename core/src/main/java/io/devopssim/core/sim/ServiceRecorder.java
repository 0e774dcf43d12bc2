package io.devopssim.core.sim;

import io.devopssim.core.fluid.FluidQueue;
import io.devopssim.core.model.Slo;
import org.HdrHistogram.DoubleHistogram;

/**
 * Accumulates one service's per-step outcomes into run totals, a latency histogram and a series.
 *
 * <p>The run-wide latency percentiles come from a weighted histogram: each step contributes its
 * response-time distribution at fixed quantile points, weighted by the requests it served. Each
 * point stands for the band of probability below it, so the 50th, 90th, 99th and 99.9th percentiles
 * of a single step are exact; the points are dense in the tail.
 *
 * <p>A region of a placed service can be given, before each step, the network round trips of its
 * clients and their shares of its traffic. The step's response times are then a mixture of the
 * queueing distribution shifted by each round trip: the histogram gets the shifted points of every
 * source, and the share slower than the SLO threshold {@code T} is {@code sum f_i P(R > T -
 * rtt_i)}. Without a mix nothing changes.
 */
final class ServiceRecorder {

    private static final double[] QUANTILES;
    private static final double[] WEIGHTS;
    private static final double COUNT_SCALE = 1000.0;

    static {
        QUANTILES = new double[37];
        WEIGHTS = new double[37];
        int i = 0;
        i = bins(i, 0.0, 0.05, 18);
        i = bins(i, 0.9, 0.01, 9);
        i = bins(i, 0.99, 0.001, 9);
        QUANTILES[i] = 0.9995;
        WEIGHTS[i] = 0.001;
    }

    private final Slo slo;
    private final double step;
    private final DoubleHistogram latencies;
    private final TimeSeries series;
    private final double[] row = new double[TimeSeries.Column.values().length];

    private double arrived;
    private double served;
    private double dropped;
    private double slowServed;
    private double latencySum;
    private double violatedSeconds;
    private double gapSeconds;
    private double replicaSeconds;
    private int peakReplicas;
    private double lastArrived;
    private double lastServed;
    private double lastDropped;
    private double lastSlow;
    private double dataTierShare;
    private double failedByDataTier;
    private double lastFailedByDataTier;
    private double[] mixDelays;
    private double[] mixFractions;
    private int mixCount;

    ServiceRecorder(
            Slo slo,
            double stepSeconds,
            int expectedSteps,
            boolean recordSeries,
            boolean recordDistribution) {
        this.slo = slo;
        this.latencies = recordDistribution ? new DoubleHistogram(3) : null;
        this.step = stepSeconds;
        this.series = recordSeries ? new TimeSeries(expectedSteps) : null;
    }

    private static int bins(int from, double start, double width, int count) {
        for (int k = 0; k < count; k++) {
            QUANTILES[from + k] = start + width * (k + 1);
            WEIGHTS[from + k] = width;
        }
        return from + count;
    }

    /**
     * Sets the network round trips added to the response times of the steps recorded next.
     *
     * @param delaysSeconds each source's round trip to this region, in seconds
     * @param fractions each source's share of this region's traffic, summing to one
     * @param count how many sources of the arrays are used
     */
    void networkMix(double[] delaysSeconds, double[] fractions, int count) {
        mixDelays = delaysSeconds;
        mixFractions = fractions;
        mixCount = count;
    }

    /**
     * Sets the share of the requests the queue answers that the data tier fails, from the next
     * recorded step on: they count as neither served nor dropped.
     */
    void dataTierShare(double share) {
        dataTierShare = share;
    }

    /** Records a step whose load is known; the queue has been evaluated for it. */
    void record(double time, FluidQueue queue, int replicas, int ready) {
        countReplicas(replicas);
        double arrivedNow = queue.arrivalRate() * step;
        double answered = queue.servedRate() * step;
        double failedNow = answered * dataTierShare;
        double servedNow = answered - failedNow;
        failedByDataTier += failedNow;
        lastFailedByDataTier = failedNow;
        double slowShare = servedNow > 0 ? slowShare(queue) : 0;
        arrived += arrivedNow;
        served += servedNow;
        dropped += queue.droppedRate() * step;
        slowServed += servedNow * slowShare;
        lastArrived = arrivedNow;
        lastServed = servedNow;
        lastDropped = queue.droppedRate() * step;
        lastSlow = servedNow * slowShare;
        if (servedNow > 0) {
            latencySum += servedNow * (queue.meanResponseTime() + meanDelay());
            if (latencies != null) {
                recordLatencies(queue, servedNow);
            }
        }
        if (violates(arrivedNow, servedNow, slowShare)) {
            violatedSeconds += step;
        }
        if (series != null) {
            appendRow(time, queue, replicas, ready, slowShare);
        }
    }

    /** Records a step inside a trace gap: no load is known, so nothing is judged. */
    void recordGap(double time, int replicas, int ready) {
        countReplicas(replicas);
        gapSeconds += step;
        lastFailedByDataTier = 0;
        lastArrived = 0;
        lastServed = 0;
        lastDropped = 0;
        lastSlow = 0;
        if (series != null) {
            double nan = Double.NaN;
            fill(time, nan, nan, nan, replicas, ready, 0, nan, nan, nan);
            series.append(row);
        }
    }

    /**
     * Records a step of a service that runs in several regions, from the regions' totals.
     *
     * @param arrivedNow requests that arrived in the step, including those sent to dead regions
     * @param servedNow requests served in the step
     * @param droppedNow requests the regions dropped or timed out in the step, not counting those
     *     sent to dead regions or failed by the data tier
     * @param slowNow served requests slower than the SLO threshold
     * @param values replicas, ready replicas, utilisation, p50 and p99 for the series
     */
    void recordTotals(
            double time,
            double arrivedNow,
            double servedNow,
            double droppedNow,
            double slowNow,
            double[] values) {
        int replicas = (int) values[0];
        countReplicas(replicas);
        arrived += arrivedNow;
        served += servedNow;
        dropped += droppedNow;
        slowServed += slowNow;
        double slowShare = servedNow > 0 ? slowNow / servedNow : 0;
        lastArrived = arrivedNow;
        lastServed = servedNow;
        lastDropped = droppedNow;
        lastSlow = slowNow;
        if (violates(arrivedNow, servedNow, slowShare)) {
            violatedSeconds += step;
        }
        if (series != null) {
            double s = step;
            fill(
                    time,
                    arrivedNow / s,
                    servedNow / s,
                    droppedNow / s,
                    replicas,
                    (int) values[1],
                    values[2],
                    values[3],
                    values[4],
                    slowShare);
            series.append(row);
        }
    }

    /** Returns whether the last recorded step met the SLO; a gap or an idle step does. */
    boolean lastStepMet() {
        double slowShare = lastServed > 0 ? lastSlow / lastServed : 0;
        return !violates(lastArrived, lastServed, slowShare);
    }

    /** Adds a region's latencies to this service-level recorder, at the end of a run. */
    void absorbLatencies(ServiceRecorder region) {
        latencySum += region.latencySum;
        if (latencies != null && region.latencies != null) {
            latencies.add(region.latencies);
        }
    }

    double lastArrived() {
        return lastArrived;
    }

    double lastServed() {
        return lastServed;
    }

    double lastDropped() {
        return lastDropped;
    }

    double lastSlow() {
        return lastSlow;
    }

    double lastFailedByDataTier() {
        return lastFailedByDataTier;
    }

    double failedByDataTier() {
        return failedByDataTier;
    }

    private void countReplicas(int replicas) {
        replicaSeconds += replicas * step;
        peakReplicas = Math.max(peakReplicas, replicas);
    }

    private boolean violates(double arrivedNow, double servedNow, double slowShare) {
        if (arrivedNow <= 0) {
            return false;
        }
        boolean unavailable = servedNow / arrivedNow < slo.availabilityTarget();
        return unavailable || 1 - slowShare < slo.latencyTarget();
    }

    private double slowShare(FluidQueue queue) {
        double threshold = slo.latencyThresholdSeconds();
        if (mixDelays == null) {
            return queue.fractionSlowerThan(threshold);
        }
        double slow = 0;
        for (int i = 0; i < mixCount; i++) {
            double left = threshold - mixDelays[i];
            slow += mixFractions[i] * (left > 0 ? queue.fractionSlowerThan(left) : 1);
        }
        return slow;
    }

    private double meanDelay() {
        if (mixDelays == null) {
            return 0;
        }
        double mean = 0;
        for (int i = 0; i < mixCount; i++) {
            mean += mixFractions[i] * mixDelays[i];
        }
        return mean;
    }

    private void recordLatencies(FluidQueue queue, double servedNow) {
        if (mixDelays == null) {
            recordShifted(queue, servedNow, 0);
            return;
        }
        for (int i = 0; i < mixCount; i++) {
            recordShifted(queue, servedNow * mixFractions[i], mixDelays[i]);
        }
    }

    private void recordShifted(FluidQueue queue, double servedNow, double delay) {
        for (int k = 0; k < QUANTILES.length; k++) {
            long count = Math.round(servedNow * WEIGHTS[k] * COUNT_SCALE);
            if (count > 0) {
                double value = queue.responseTimeQuantile(QUANTILES[k]) + delay;
                latencies.recordValueWithCount(value, count);
            }
        }
    }

    private void appendRow(double time, FluidQueue queue, int replicas, int ready, double slow) {
        boolean any = queue.servedRate() > 0;
        fill(
                time,
                queue.arrivalRate(),
                queue.servedRate() * (1 - dataTierShare),
                queue.droppedRate(),
                replicas,
                ready,
                queue.utilisation(),
                any ? queue.responseTimeQuantile(0.5) + meanDelay() : Double.NaN,
                any ? queue.responseTimeQuantile(0.99) + meanDelay() : Double.NaN,
                slow);
        series.append(row);
    }

    private void fill(
            double time,
            double arrival,
            double servedRate,
            double droppedRate,
            int replicas,
            int ready,
            double utilisation,
            double p50,
            double p99,
            double slowShare) {
        row[0] = time;
        row[1] = arrival;
        row[2] = servedRate;
        row[3] = droppedRate;
        row[4] = replicas;
        row[5] = ready;
        row[6] = utilisation;
        row[7] = p50;
        row[8] = p99;
        row[9] = slowShare;
    }

    double stepSeconds() {
        return step;
    }

    double arrived() {
        return arrived;
    }

    double served() {
        return served;
    }

    double dropped() {
        return dropped;
    }

    double violatedSeconds() {
        return violatedSeconds;
    }

    double gapSeconds() {
        return gapSeconds;
    }

    double replicaSeconds() {
        return replicaSeconds;
    }

    int peakReplicas() {
        return peakReplicas;
    }

    double availability() {
        return arrived > 0 ? served / arrived : Double.NaN;
    }

    double latencyAttainment() {
        return arrived > 0 ? (served - slowServed) / arrived : Double.NaN;
    }

    TimeSeries series() {
        return series;
    }

    LatencySummary latency() {
        double nan = Double.NaN;
        if (served == 0) {
            return new LatencySummary(nan, nan, nan, nan, nan, nan);
        }
        if (latencies == null || latencies.getTotalCount() == 0) {
            return new LatencySummary(latencySum / served, nan, nan, nan, nan, nan);
        }
        return new LatencySummary(
                latencySum / served,
                latencies.getValueAtPercentile(50),
                latencies.getValueAtPercentile(90),
                latencies.getValueAtPercentile(99),
                latencies.getValueAtPercentile(99.9),
                latencies.getMaxValue());
    }
}
