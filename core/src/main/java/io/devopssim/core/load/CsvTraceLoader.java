package io.devopssim.core.load;

import io.devopssim.core.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a request-rate trace from a CSV file with a header line.
 *
 * <p>Each data row gives the time of one interval and its request count or rate. Rows must be in
 * increasing time order on the grid that the first row and {@link TraceOptions#resolution()} fix;
 * intervals without a row are gaps, read as {@link TraceOptions#gaps()} says. Every problem in the
 * file (up to {@value Problems#LIMIT}, then a count of the rest) is reported in one {@link
 * InvalidInputException} whose source is the file's path and whose problem paths are 1-based file
 * lines, the header being line 1.
 *
 * <p>Limitations: a trace may span at most {@value TraceAssembler#MAX_INTERVALS} intervals, and the
 * whole file is held in memory as one {@code double} per interval.
 */
public final class CsvTraceLoader {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(false)
                    .setTrim(true)
                    .get();

    private CsvTraceLoader() {}

    /**
     * Returns the trace in {@code file}, read and transformed as {@code options} say.
     *
     * @param file the CSV file
     * @param options the columns, timestamp format, resolution, gap policy, scale and compression
     * @return the trace
     * @throws InvalidInputException listing every problem with the options, the file or its rows
     */
    public static Trace load(Path file, TraceOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Problems problems = new Problems(file.toString());
        TimestampParser timestamps = TraceOptionsCheck.check(options, problems);
        checkFile(file, problems);
        problems.throwIfAny();

        TraceAssembler assembler = new TraceAssembler(options);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            read(reader, new TraceRowReader(options, timestamps, assembler, problems), problems);
        } catch (CharacterCodingException e) {
            problems.add(
                    "", "the file is not valid UTF-8 text; expected a UTF-8 or ASCII CSV file");
        } catch (IOException e) {
            problems.add("", "cannot read the file: " + e.getMessage());
        }
        problems.throwIfAny();
        return assembler.build();
    }

    private static void checkFile(Path file, Problems problems) {
        if (!Files.exists(file)) {
            problems.add("", "file " + file.toAbsolutePath() + " does not exist");
        } else if (Files.isDirectory(file)) {
            problems.add("", file.toAbsolutePath() + " is a directory; expected a CSV file");
        } else if (!Files.isReadable(file)) {
            problems.add("", "file " + file.toAbsolutePath() + " is not readable");
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static void read(BufferedReader reader, TraceRowReader rows, Problems problems)
            throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                problems.add("", "the file is empty; expected a header line and data rows");
            } else if (rows.findColumns(header)) {
                readRows(parser, rows, problems);
            }
        } catch (IllegalArgumentException e) {
            problems.add("line 1", "the header cannot be read: " + e.getMessage());
        }
    }

    private static void readRows(CSVParser parser, TraceRowReader rows, Problems problems)
            throws CharacterCodingException {
        long lineBefore = parser.getCurrentLineNumber();
        try {
            for (CSVRecord record : parser) {
                rows.read((int) lineBefore + 1, record);
                lineBefore = parser.getCurrentLineNumber();
            }
            rows.finish();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            problems.add(
                    "line " + (lineBefore + 1), "cannot be read: " + e.getCause().getMessage());
        } catch (IllegalStateException e) {
            problems.add("line " + (lineBefore + 1), "cannot be read: " + e.getMessage());
        }
    }
}
