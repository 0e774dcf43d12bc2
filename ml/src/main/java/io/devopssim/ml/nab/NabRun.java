package io.devopssim.ml.nab;

import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.report.CsvNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs a detector over every series of a corpus, optionally writes its scores, and scores them.
 *
 * <p>Each series gets a new detector from the factory, fed its rows in order. With an output
 * folder, each series {@code category/file.csv} is written to {@code <output>/category/file.csv}
 * with the header {@code timestamp,value,anomaly_score}: each value as read, each score to six
 * significant digits ({@link CsvNumbers}).
 *
 * <pre>{@code
 * List<NabResult> results = NabRun.over(NabCorpus.read(Path.of("data/nab-dev")))
 *         .detector(WindowedGaussianDetector::create)
 *         .output(Path.of("out/nab"))
 *         .run();
 * }</pre>
 */
public final class NabRun {

    /** Receives a run's progress, in rows scored. */
    @FunctionalInterface
    public interface Listener {

        /**
         * Reports that {@code rowsDone} of the corpus's {@code rowsTotal} rows are scored.
         *
         * @param rowsDone the rows scored so far
         * @param rowsTotal the rows of the whole corpus
         */
        void progress(long rowsDone, long rowsTotal);
    }

    private static final int REPORT_EVERY_ROWS = 4096;
    private static final String[] HEADER = {"timestamp", "value", "anomaly_score"};

    private final NabCorpus corpus;
    private Supplier<? extends AnomalyDetector> detectors;
    private Path output;
    private Listener listener = (done, total) -> {};

    private NabRun(NabCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * Returns a run over {@code corpus}, to be given a detector.
     *
     * @param corpus the corpus to run over
     * @return a run that writes nothing and reports no progress until told to
     */
    public static NabRun over(NabCorpus corpus) {
        return new NabRun(Objects.requireNonNull(corpus, "corpus"));
    }

    /**
     * Sets the factory of detectors, called once per series.
     *
     * @param detectors returns a new detector on each call
     * @return this run
     */
    public NabRun detector(Supplier<? extends AnomalyDetector> detectors) {
        this.detectors = Objects.requireNonNull(detectors, "detectors");
        return this;
    }

    /**
     * Sets the folder the scored CSVs are written to, created if needed.
     *
     * @param folder the output folder
     * @return this run
     */
    public NabRun output(Path folder) {
        this.output = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /**
     * Sets what receives the run's progress.
     *
     * @param listener called on the running thread, after every few thousand rows
     * @return this run
     */
    public NabRun listener(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Runs the detector over every series and returns the three profiles' results.
     *
     * @return standard, reward-low-FP and reward-low-FN results, in that order
     * @throws IllegalStateException if no detector was set, or a detector returns a score outside
     *     [0, 1]
     * @throws NabCorpusException if a detector refuses a row's value (such as a value too large for
     *     it), naming the series, the row and the value
     * @throws UncheckedIOException if an output file cannot be written
     */
    public List<NabResult> run() {
        if (detectors == null) {
            throw new IllegalStateException("no detector set; call detector(...) before run()");
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        long total = corpus.rows();
        long done = 0;
        for (NabSeries series : corpus.series()) {
            scores.put(series.name(), detect(series, done, total));
            done += series.size();
            listener.progress(done, total);
            if (output != null) {
                write(series, scores.get(series.name()));
            }
        }
        return NabScorer.score(corpus, scores);
    }

    /** Returns where the scores of {@code series} are written, if an output folder is set. */
    Optional<Path> outputFile(NabSeries series) {
        return Optional.ofNullable(output).map(o -> o.resolve(series.name()));
    }

    private double[] detect(NabSeries series, long doneBefore, long total) {
        AnomalyDetector detector =
                Objects.requireNonNull(detectors.get(), "the detector factory returned null");
        double[] scores = new double[series.size()];
        for (int row = 0; row < series.size(); row++) {
            double score = score(detector, series, row);
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalStateException(
                        detector.getClass().getName()
                                + " returned "
                                + score
                                + " for "
                                + series.name()
                                + " row "
                                + row
                                + " ("
                                + series.timestamp(row)
                                + "), expected a score in [0, 1]");
            }
            scores[row] = score;
            if (row % REPORT_EVERY_ROWS == REPORT_EVERY_ROWS - 1) {
                listener.progress(doneBefore + row + 1, total);
            }
        }
        return scores;
    }

    /** Returns the detector's score of one row, turning its refusal of the value into ours. */
    private static double score(AnomalyDetector detector, NabSeries series, int row) {
        try {
            return detector.score(series.epochSeconds(row), series.value(row));
        } catch (IllegalArgumentException e) {
            throw new NabCorpusException(
                    series.name()
                            + ": line "
                            + (row + 2)
                            + " ("
                            + series.timestamp(row)
                            + "): value "
                            + series.value(row)
                            + " refused by the detector: "
                            + e.getMessage());
        }
    }

    private void write(NabSeries series, double[] scores) {
        Path file = outputFile(series).orElseThrow();
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get();
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, format)) {
                for (int row = 0; row < series.size(); row++) {
                    csv.printRecord(
                            series.timestamp(row),
                            CsvNumbers.exact(series.value(row)),
                            CsvNumbers.quantity(scores[row]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
