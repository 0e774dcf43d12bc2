package io.devopssim.core.load;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Checks the data rows of a CSV trace one by one and hands the good ones to the assembler. */
final class TraceRowReader {

    private final TraceOptions options;
    private final TimestampParser timestamps;
    private final TraceAssembler assembler;
    private final Problems problems;
    private final String expectedValue;
    private int timestampIndex;
    private int valueIndex;
    private int dataRows;

    TraceRowReader(
            TraceOptions options,
            TimestampParser timestamps,
            TraceAssembler assembler,
            Problems problems) {
        this.options = options;
        this.timestamps = timestamps;
        this.assembler = assembler;
        this.problems = problems;
        this.expectedValue =
                options.valueUnit() == TraceOptions.ValueUnit.PER_SECOND
                        ? "expected a finite rate in requests/s, at least 0"
                        : "expected a finite request count, at least 0";
    }

    /** Finds the two columns in the header; returns false after recording any that is missing. */
    boolean findColumns(List<String> header) {
        timestampIndex = column(header, options.timestampColumn());
        valueIndex = column(header, options.valueColumn());
        return timestampIndex >= 0 && valueIndex >= 0;
    }

    private int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            problems.add(
                    "line 1", "column '" + name + "' not found; the header has columns " + header);
        }
        return index;
    }

    /** Checks one data row that starts on file line {@code line}. */
    void read(int line, CSVRecord record) {
        if (isBlank(record)) {
            return;
        }
        dataRows++;
        int needed = Math.max(timestampIndex, valueIndex) + 1;
        if (record.size() < needed) {
            problems.add(
                    "line " + line,
                    "has " + record.size() + " columns; expected at least " + needed);
            return;
        }
        Instant time = timestamp(line, record.get(timestampIndex));
        double value = value(line, record.get(valueIndex));
        if (time != null) {
            int index = assembler.place(line, time, record.get(timestampIndex), problems);
            if (index >= 0 && !Double.isNaN(value)) {
                assembler.put(index, value);
            }
        }
    }

    /** Records a problem if the file had no data rows. */
    void finish() {
        if (dataRows == 0) {
            problems.add("", "no data rows after the header line; expected at least one");
        }
    }

    private Instant timestamp(int line, String text) {
        try {
            return timestamps.parse(text);
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            problems.add(
                    "line " + line,
                    "timestamp '"
                            + text
                            + "' in column '"
                            + options.timestampColumn()
                            + "' cannot be read; expected "
                            + timestamps.expected());
            return null;
        }
    }

    /** Returns the row's value, or NaN after recording why it is not acceptable. */
    private double value(int line, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return reject(line, text, "is not a number");
        }
        if (Double.isNaN(value)) {
            return reject(line, text, "is not a number");
        }
        if (Double.isInfinite(value)) {
            return reject(line, text, "is infinite");
        }
        if (value < 0) {
            return reject(line, text, "is negative");
        }
        return value;
    }

    private double reject(int line, String text, String why) {
        problems.add(
                "line " + line,
                "value '"
                        + text
                        + "' in column '"
                        + options.valueColumn()
                        + "' "
                        + why
                        + "; "
                        + expectedValue);
        return Double.NaN;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
