package io.devopssim.core.report;

import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ScalingDecision;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimeSeries;
import io.devopssim.core.sim.TimelineEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a result's time series and scaling decisions as CSV, one row per step or decision.
 *
 * <p>Each row carries the simulated second and, when the run replays a trace, the wall-clock
 * instant it stands for. Undefined values (trace gaps) are empty cells. Numbers are rounded as
 * {@link CsvNumbers} says: times in seconds to milliseconds, every other quantity to six
 * significant digits (never cutting its integer part); {@link JsonReport} keeps every digit.
 */
public final class CsvReport {

    private CsvReport() {}

    /**
     * Writes every service's time series to {@code out}: {@code service,time_s,timestamp,...}.
     *
     * @throws IOException if writing fails
     */
    public static void writeSeries(SimulationResult result, Appendable out) throws IOException {
        List<String> header = new ArrayList<>(List.of("service", "timestamp"));
        for (TimeSeries.Column column : TimeSeries.Column.values()) {
            header.add(column.label());
        }
        CSVPrinter csv = format(header).print(out);
        for (ServiceResult service : result.services()) {
            if (service.series().isPresent()) {
                writeRows(csv, result, service.name(), service.series().get());
            }
        }
        csv.flush();
    }

    private static void writeRows(
            CSVPrinter csv, SimulationResult result, String service, TimeSeries series)
            throws IOException {
        TimeSeries.Column[] columns = TimeSeries.Column.values();
        List<Object> row = new ArrayList<>(columns.length + 2);
        for (int i = 0; i < series.size(); i++) {
            row.clear();
            row.add(service);
            row.add(timestamp(result, series.value(TimeSeries.Column.TIME, i)));
            for (TimeSeries.Column column : columns) {
                double value = series.value(column, i);
                row.add(
                        column == TimeSeries.Column.TIME
                                ? CsvNumbers.seconds(value)
                                : CsvNumbers.quantity(value));
            }
            csv.printRecord(row);
        }
    }

    /**
     * Writes every scaling decision to {@code out}: {@code service,time_s,timestamp,from,to,
     * reason}.
     *
     * @throws IOException if writing fails
     */
    public static void writeDecisions(SimulationResult result, Appendable out) throws IOException {
        CSVPrinter csv =
                format(List.of("service", "time_s", "timestamp", "from", "to", "reason"))
                        .print(out);
        for (ServiceResult service : result.services()) {
            for (ScalingDecision d : service.decisions()) {
                csv.printRecord(
                        service.name(),
                        CsvNumbers.seconds(d.time()),
                        timestamp(result, d.time()),
                        d.from(),
                        d.to(),
                        d.reason());
            }
        }
        csv.flush();
    }

    /**
     * Writes one row per region of every service placed in regions: {@code service,provider,
     * region,requests,served,dropped,failed_by_outage,mean_network_ms,replica_seconds,
     * peak_replicas,cost}, with {@code failed_by_data_tier} after {@code failed_by_outage} when the
     * run had a data tier.
     *
     * @throws IOException if writing fails
     */
    public static void writeRegions(SimulationResult result, Appendable out) throws IOException {
        boolean dataTier = result.hasDataTier();
        List<String> header =
                new ArrayList<>(
                        List.of(
                                "service",
                                "provider",
                                "region",
                                "requests",
                                "served",
                                "dropped",
                                "failed_by_outage"));
        if (dataTier) {
            header.add("failed_by_data_tier");
        }
        header.addAll(List.of("mean_network_ms", "replica_seconds", "peak_replicas", "cost"));
        CSVPrinter csv = format(header).print(out);
        for (ServiceResult service : result.services()) {
            for (RegionResult r : service.regions()) {
                List<Object> row = new ArrayList<>(header.size());
                row.addAll(List.of(service.name(), r.provider(), r.region()));
                row.add(CsvNumbers.quantity(r.requests()));
                row.add(CsvNumbers.quantity(r.servedRequests()));
                row.add(CsvNumbers.quantity(r.droppedRequests()));
                row.add(CsvNumbers.quantity(r.failedByOutageRequests()));
                if (dataTier) {
                    row.add(CsvNumbers.quantity(r.failedByDataTierRequests()));
                }
                row.add(CsvNumbers.quantity(r.meanNetworkMillis()));
                row.add(CsvNumbers.quantity(r.replicaSeconds()));
                row.add(r.peakReplicas());
                row.add(CsvNumbers.quantity(r.cost()));
                csv.printRecord(row);
            }
        }
        csv.flush();
    }

    /**
     * Writes the failover timeline: {@code time_s,timestamp,kind,subject,detail}.
     *
     * @throws IOException if writing fails
     */
    public static void writeTimeline(SimulationResult result, Appendable out) throws IOException {
        CSVPrinter csv =
                format(List.of("time_s", "timestamp", "kind", "subject", "detail")).print(out);
        for (TimelineEvent e : result.timeline()) {
            csv.printRecord(
                    CsvNumbers.seconds(e.time()),
                    timestamp(result, e.time()),
                    e.kind(),
                    e.subject(),
                    e.detail());
        }
        csv.flush();
    }

    private static CSVFormat format(List<String> header) {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
    }

    private static String timestamp(SimulationResult result, double seconds) {
        return result.start()
                .map(start -> start.plusMillis(Math.round(seconds * 1000)))
                .map(Instant::toString)
                .orElse("");
    }
}
