package io.devopssim.ml.nab;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one series file, {@code timestamp,value} with a header, collecting its problems. */
final class SeriesFileReader {

    private static final List<String> HEADER = List.of("timestamp", "value");
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** The rows of one file, before windows are attached. */
    record Rows(
            String name, List<String> timestamps, List<LocalDateTime> times, List<Double> values) {}

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private SeriesFileReader() {}

    /** Returns the rows of {@code file}, named {@code name}; adds every problem to {@code out}. */
    static Rows read(Path file, String name, Problems out) {
        Rows rows = new Rows(name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (Reader in = withoutByteOrderMark(Files.newBufferedReader(file, UTF_8));
                CSVParser parser = CSVParser.parse(in, FORMAT)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                out.add(
                        name
                                + ": line 1: header "
                                + parser.getHeaderNames()
                                + ", expected "
                                + HEADER);
                return rows;
            }
            for (CSVRecord record : parser) {
                addRow(record, rows, out);
            }
            if (parser.getRecordNumber() == 0) {
                out.add(name + ": holds no rows, expected a header and at least one row");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            out.add(name + ": cannot be read as CSV: " + e.getMessage());
            return rows;
        }
        return rows;
    }

    /** Skips the byte order mark that spreadsheets write at the start of a UTF-8 CSV. */
    private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
        return in;
    }

    private static void addRow(CSVRecord record, Rows rows, Problems out) {
        String where = rows.name() + ": line " + (record.getRecordNumber() + 1) + ": ";
        if (record.size() != 2) {
            out.add(where + record.size() + " fields, expected 2 (timestamp,value)");
            return;
        }
        Optional<LocalDateTime> time = NabTimestamps.parse(record.get(0));
        if (time.isEmpty()) {
            out.add(
                    where
                            + "timestamp '"
                            + record.get(0)
                            + "', expected "
                            + NabTimestamps.EXPECTED);
        }
        OptionalValue value = OptionalValue.parse(record.get(1));
        if (!value.ok()) {
            out.add(where + "value '" + record.get(1) + "', expected a finite number");
        }
        if (time.isEmpty() || !value.ok()) {
            return;
        }

        List<LocalDateTime> times = rows.times();
        if (!times.isEmpty() && time.get().isBefore(times.get(times.size() - 1))) {
            out.add(
                    where
                            + "timestamp "
                            + record.get(0)
                            + " is before the previous row's "
                            + rows.timestamps().get(times.size() - 1)
                            + ", expected increasing timestamps");
            return;
        }
        rows.timestamps().add(record.get(0));
        times.add(time.get());
        rows.values().add(value.value());
    }

    /** A parsed value, or the fact that the text is not a finite number. */
    private record OptionalValue(boolean ok, double value) {

        static OptionalValue parse(String text) {
            try {
                double v = Double.parseDouble(text.strip());
                return new OptionalValue(Double.isFinite(v), v);
            } catch (NumberFormatException e) {
                return new OptionalValue(false, Double.NaN);
            }
        }
    }
}
