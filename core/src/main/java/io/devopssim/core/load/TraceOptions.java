package io.devopssim.core.load;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Says how to read a CSV trace and how to transform it before replay.
 *
 * @param timestampColumn header of the column holding the time of each row
 * @param valueColumn header of the column holding the count or rate of each row
 * @param timestampFormat how timestamps are written: a {@link java.time.format.DateTimeFormatter}
 *     pattern such as {@code yyyy-MM-dd HH:mm:ss}, or {@code epoch-s} / {@code epoch-ms} for
 *     numbers
 * @param zone time zone of timestamps that carry none
 * @param resolution the interval each row covers (one minute for per-minute counts)
 * @param valueUnit what a row's value means
 * @param gaps what intervals without a row mean
 * @param scale factor applied to every rate (amplitude scaling), more than 0
 * @param timeCompression factor by which the trace is sped up: 60 replays a day in 24 minutes;
 *     rates are multiplied by the same factor so that the request count is kept, more than 0
 * @param zeroFillUpTo under {@link GapPolicy#MISSING}, runs of absent intervals at most this long
 *     count as intervals without requests (traces that omit quiet minutes); longer runs stay
 *     missing; zero keeps every absent interval missing
 */
public record TraceOptions(
        String timestampColumn,
        String valueColumn,
        String timestampFormat,
        ZoneId zone,
        Duration resolution,
        ValueUnit valueUnit,
        GapPolicy gaps,
        double scale,
        double timeCompression,
        Duration zeroFillUpTo) {

    /**
     * Creates trace options; values are checked when a trace is loaded, so that every problem is
     * reported together with the file's.
     */
    public TraceOptions {
        Objects.requireNonNull(timestampColumn, "timestampColumn");
        Objects.requireNonNull(valueColumn, "valueColumn");
        Objects.requireNonNull(timestampFormat, "timestampFormat");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(valueUnit, "valueUnit");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(zeroFillUpTo, "zeroFillUpTo");
    }

    /** Creates trace options that keep every absent interval as {@code gaps} says. */
    public TraceOptions(
            String timestampColumn,
            String valueColumn,
            String timestampFormat,
            ZoneId zone,
            Duration resolution,
            ValueUnit valueUnit,
            GapPolicy gaps,
            double scale,
            double timeCompression) {
        this(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                Duration.ZERO);
    }

    /**
     * Returns options for a {@code minute,count} file of per-minute request counts in UTC, with
     * absent minutes treated as missing, unscaled and uncompressed.
     */
    public static TraceOptions perMinuteCounts() {
        return new TraceOptions(
                "minute",
                "count",
                "yyyy-MM-dd HH:mm:ss",
                ZoneId.of("UTC"),
                Duration.ofMinutes(1),
                ValueUnit.COUNT_PER_INTERVAL,
                GapPolicy.MISSING,
                1.0,
                1.0);
    }

    /** Returns a copy of these options that reads the named columns. */
    public TraceOptions withColumns(String timestampColumn, String valueColumn) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options with another timestamp format and zone. */
    public TraceOptions withTimestampFormat(String timestampFormat, ZoneId zone) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options that reads timestamps without a zone in {@code zone}. */
    public TraceOptions withZone(ZoneId zone) {
        return withTimestampFormat(timestampFormat, zone);
    }

    /** Returns a copy of these options with another resolution and value unit. */
    public TraceOptions withResolution(Duration resolution, ValueUnit valueUnit) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options with another gap policy. */
    public TraceOptions withGaps(GapPolicy gaps) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options with another rate scale. */
    public TraceOptions withScale(double scale) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options with another time compression. */
    public TraceOptions withTimeCompression(double timeCompression) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                zeroFillUpTo);
    }

    /** Returns a copy of these options that reads absent runs up to {@code length} as zero. */
    public TraceOptions withZeroFillUpTo(Duration length) {
        return new TraceOptions(
                timestampColumn,
                valueColumn,
                timestampFormat,
                zone,
                resolution,
                valueUnit,
                gaps,
                scale,
                timeCompression,
                length);
    }

    /** What the value column of a trace means. */
    public enum ValueUnit {
        /** Number of requests that arrived in the row's interval. */
        COUNT_PER_INTERVAL,
        /** Arrival rate in requests per second. */
        PER_SECOND
    }
}
