package io.devopssim.ml.nab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a corpus folder: {@code data/**.csv} and a windows file. */
final class CorpusReader {

    /** How far apart detectors see rows that repeat a timestamp. */
    static final double REPEAT_SPACING_SECONDS = 0.001;

    private final Problems problems = new Problems();
    private final List<String> warnings = new ArrayList<>();

    private CorpusReader() {}

    static NabCorpus read(Path folder, Path windowsFile) {
        return new CorpusReader().readAll(folder, windowsFile);
    }

    /** Returns the single {@code *windows*.json} directly in {@code folder}. */
    static Path findWindowsFile(Path folder) {
        requireFolder(folder);
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found =
                    files.filter(Files::isRegularFile)
                            .filter(p -> isWindowsFileName(p.getFileName().toString()))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new NabCorpusException(
                    folder
                            + ": expected exactly one *windows*.json file, found "
                            + (found.isEmpty() ? "none" : found)
                            + "; name the windows file explicitly");
        }
        return found.get(0);
    }

    private static boolean isWindowsFileName(String name) {
        return name.contains("windows") && name.endsWith(".json");
    }

    private NabCorpus readAll(Path folder, Path windowsFile) {
        Path data = dataFolder(folder);
        List<Path> files = csvFiles(data);
        if (files.isEmpty()) {
            throw new NabCorpusException(data + ": no .csv files, expected at least one");
        }
        Map<String, List<WindowsFileReader.Labelled>> labels =
                WindowsFileReader.read(windowsFile, problems);
        boolean labelsRead = problems.isEmpty();

        List<NabSeries> series = new ArrayList<>();
        for (Path file : files) {
            String name = nameOf(data, file);
            problems.file(name);
            int before = problems.count();
            SeriesFileReader.Rows rows = SeriesFileReader.read(file, name, problems);
            boolean rowsRead = problems.count() == before;
            List<WindowsFileReader.Labelled> labelled = labels.remove(name);
            if (labelled != null) {
                // Windows are found among the rows, so a file that failed to read would blame them.
                if (rowsRead) {
                    windows(rows, labelled).ifPresent(w -> series.add(toSeries(rows, w)));
                }
            } else if (labelsRead) {
                problems.add(name + ": no entry in " + windowsFile + ", expected one (may be [])");
            }
        }
        problems.file(null);
        for (String unknown : labels.keySet()) {
            problems.add(windowsFile + ": \"" + unknown + "\" names no file under " + data);
        }
        problems.throwIfAny("corpus " + folder);
        return new NabCorpus(folder, series, warnings);
    }

    private static Path dataFolder(Path folder) {
        requireFolder(folder);
        Path data = folder.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new NabCorpusException(
                    folder + ": no data/ folder, expected data/<category>/<file>.csv");
        }
        return data;
    }

    private Optional<List<NabWindow>> windows(
            SeriesFileReader.Rows rows, List<WindowsFileReader.Labelled> labelled) {
        Map<LocalDateTime, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.times().size(); i++) {
            rowOf.putIfAbsent(rows.times().get(i), i);
        }
        List<NabWindow> found = new ArrayList<>();
        boolean ok = true;
        for (int k = 0; k < labelled.size(); k++) {
            String where = rows.name() + ": window " + (k + 1) + ": ";
            Integer first = rowOf(labelled.get(k).start(), rowOf, where + "start ");
            Integer last = rowOf(labelled.get(k).end(), rowOf, where + "end ");
            if (first == null || last == null) {
                ok = false;
            } else if (last < first) {
                problems.add(where + "ends before it starts, expected start <= end");
                ok = false;
            } else {
                found.add(new NabWindow(first, last));
            }
        }
        return ok ? Optional.of(merge(rows.name(), found)) : Optional.empty();
    }

    private Integer rowOf(String text, Map<LocalDateTime, Integer> rowOf, String where) {
        Optional<LocalDateTime> time = NabTimestamps.parse(text);
        if (time.isEmpty()) {
            problems.add(where + "'" + text + "', expected " + NabTimestamps.EXPECTED);
            return null;
        }
        Integer row = rowOf.get(time.get());
        if (row == null) {
            problems.add(where + "'" + text + "' is not a timestamp of the file's rows");
        }
        return row;
    }

    /** Returns the windows sorted, overlapping ones (sharing a row) merged into one. */
    private List<NabWindow> merge(String name, List<NabWindow> windows) {
        List<NabWindow> sorted = new ArrayList<>(windows);
        sorted.sort((a, b) -> Integer.compare(a.firstRow(), b.firstRow()));
        List<NabWindow> merged = new ArrayList<>();
        for (NabWindow w : sorted) {
            NabWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w.firstRow() <= last.lastRow()) {
                int end = Math.max(last.lastRow(), w.lastRow());
                merged.set(merged.size() - 1, new NabWindow(last.firstRow(), end));
                warnings.add(
                        name
                                + ": overlapping windows merged into rows "
                                + last.firstRow()
                                + ".."
                                + end);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    private NabSeries toSeries(SeriesFileReader.Rows rows, List<NabWindow> windows) {
        int n = rows.values().size();
        double[] epochSeconds = new double[n];
        double[] values = new double[n];
        int repeats = 0;
        for (int i = 0; i < n; i++) {
            epochSeconds[i] = NabTimestamps.epochSeconds(rows.times().get(i));
            if (i > 0 && epochSeconds[i] <= epochSeconds[i - 1]) {
                epochSeconds[i] = epochSeconds[i - 1] + REPEAT_SPACING_SECONDS;
                repeats++;
            }
            values[i] = rows.values().get(i);
        }
        if (repeats > 0) {
            warnings.add(
                    rows.name()
                            + ": "
                            + repeats
                            + " rows repeat the previous row's timestamp; kept, since the benchmark"
                            + " scores them, and given to detectors 1 ms apart");
        }
        String[] timestamps = rows.timestamps().toArray(String[]::new);
        return new NabSeries(rows.name(), timestamps, epochSeconds, values, windows);
    }

    private static List<Path> csvFiles(Path data) {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nameOf(Path data, Path file) {
        return data.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new NabCorpusException(
                    folder
                            + ": not a folder, expected a corpus folder holding data/ and a windows"
                            + " JSON file");
        }
    }
}
