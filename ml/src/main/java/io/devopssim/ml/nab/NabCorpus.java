package io.devopssim.ml.nab;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A labelled benchmark corpus: a folder holding {@code data/<category>/<file>.csv} and a windows
 * JSON file.
 *
 * <p>Every CSV has the header {@code timestamp,value}, timestamps like {@code 2014-04-10 07:15:00}
 * that never decrease, and finite values. A row repeating the previous row's timestamp is kept,
 * with a warning (see {@link NabSeries}); a window boundary at a repeated timestamp is its first
 * row. The windows file maps each CSV's path under {@code data/} (such as {@code
 * realAWSCloudwatch/grok_asg_anomaly.csv}) to a list of {@code [start, end]} timestamp pairs,
 * inclusive, each timestamp a row of that file. Every CSV must have an entry (an empty list for a
 * series without anomalies): a file left out is an error rather than a warning, because scoring it
 * as anomaly-free would count every detection in it as a false alarm. Windows that share a row are
 * merged into one, with a {@link #warnings() warning}.
 */
public final class NabCorpus {

    private final Path folder;
    private final List<NabSeries> series;
    private final List<String> warnings;

    NabCorpus(Path folder, List<NabSeries> series, List<String> warnings) {
        this.folder = folder;
        this.series = List.copyOf(series);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads the corpus in {@code folder}, whose windows file is its only {@code *windows*.json}.
     *
     * @param folder the corpus folder
     * @return the corpus, series sorted by name
     * @throws NabCorpusException if the folder, a CSV or the windows file is not as described,
     *     listing every problem found
     */
    public static NabCorpus read(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return CorpusReader.read(folder, CorpusReader.findWindowsFile(folder));
    }

    /**
     * Reads the corpus in {@code folder} with the windows in {@code windowsFile}.
     *
     * @param folder the corpus folder, holding {@code data/}
     * @param windowsFile the windows JSON file
     * @return the corpus, series sorted by name
     * @throws NabCorpusException if the folder, a CSV or the windows file is not as described,
     *     listing every problem found
     */
    public static NabCorpus read(Path folder, Path windowsFile) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(windowsFile, "windowsFile");
        return CorpusReader.read(folder, windowsFile);
    }

    /** Returns the folder the corpus was read from. */
    public Path folder() {
        return folder;
    }

    /** Returns the series, sorted by name. */
    public List<NabSeries> series() {
        return series;
    }

    /** Returns what was read but looked odd, such as overlapping windows that were merged. */
    public List<String> warnings() {
        return warnings;
    }

    /** Returns how many rows all series hold together. */
    public long rows() {
        return series.stream().mapToLong(NabSeries::size).sum();
    }
}
