package io.devopssim.examples;

import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.ml.anomaly.AnomalyDetectors;
import io.devopssim.ml.anomaly.WindowedGaussianDetector;
import io.devopssim.ml.nab.NabCorpus;
import io.devopssim.ml.nab.NabCorpusException;
import io.devopssim.ml.nab.NabResult;
import io.devopssim.ml.nab.NabRun;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs an anomaly detector over a benchmark corpus laid out like the Numenta Anomaly Benchmark and
 * prints its scores.
 */
@Command(
        name = "detect-anomalies",
        mixinStandardHelpOptions = true,
        description = {
            "Runs an anomaly detector over every series of a benchmark folder (data/**.csv with"
                    + " timestamp,value, and a *windows*.json), writes each series' scores and"
                    + " prints the Numenta Anomaly Benchmark scores: standard, reward low FP,"
                    + " reward low FN.",
            "Without a FOLDER it uses data/nab-dev of the current folder or of the repository"
                    + " the command was built in."
        })
final class DetectAnomaliesCommand implements Callable<Integer> {

    /**
     * The detectors by name, each a factory of one new detector per series; the first one is the
     * default.
     */
    static final Map<String, Supplier<AnomalyDetector>> DETECTORS = detectors();

    private static final Path BUNDLED = Path.of("data", "nab-dev");

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FOLDER",
            description = "Benchmark folder holding data/ and a *windows*.json file.")
    Path folder;

    @Option(
            names = "--windows",
            paramLabel = "FILE",
            description = "The windows JSON file, if FOLDER holds none or several.")
    Path windows;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out/nab",
            description =
                    "Folder for the scored CSVs (timestamp,value,anomaly_score), one per input,"
                            + " at its path under data/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--detector",
            description = "Detector: ${COMPLETION-CANDIDATES} (default: the first listed).",
            completionCandidates = DetectorNames.class)
    String detector;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    private static Map<String, Supplier<AnomalyDetector>> detectors() {
        Map<String, Supplier<AnomalyDetector>> byName = new LinkedHashMap<>();
        byName.put("lstm", () -> AnomalyDetectors.lstm().get());
        byName.put("gaussian", WindowedGaussianDetector::create);
        return byName;
    }

    /** The names {@code --detector} accepts, for the help text. */
    static final class DetectorNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        DetectorNames() {
            super(DETECTORS.keySet());
        }
    }

    @Override
    public Integer call() {
        Supplier<AnomalyDetector> detectors = DETECTORS.get(detectorName());
        if (detectors == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--detector "
                            + detector
                            + " is unknown, expected one of "
                            + DETECTORS.keySet());
        }
        Path corpusFolder = folder != null ? folder : bundledCorpus();
        NabCorpus corpus =
                windows == null
                        ? NabCorpus.read(corpusFolder)
                        : NabCorpus.read(corpusFolder, windows);
        corpus.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));

        NabRun run = NabRun.over(corpus).detector(detectors).output(out);
        List<NabResult> results = noProgress ? run.run() : runWithProgress(run, corpus.rows());
        print(corpus, results);
        return 0;
    }

    private String detectorName() {
        return detector != null ? detector : DETECTORS.keySet().iterator().next();
    }

    private static List<NabResult> runWithProgress(NabRun run, long rows) {
        try (ProgressBar bar =
                new ProgressBarBuilder()
                        .setTaskName("Detecting")
                        .setInitialMax(rows)
                        .setUnit(" rows", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(200)
                        .continuousUpdate()
                        .build()) {
            return run.listener((done, total) -> bar.stepTo(done)).run();
        }
    }

    private void print(NabCorpus corpus, List<NabResult> results) {
        PrintWriter console = spec.commandLine().getOut();
        console.printf(
                Locale.ROOT,
                "Detector %s on %s: %d series, %,d rows%n%n",
                detectorName(),
                corpus.folder(),
                corpus.series().size(),
                corpus.rows());
        console.printf(
                Locale.ROOT,
                "%-20s %7s %12s %5s %6s %5s%n",
                "profile",
                "score",
                "threshold",
                "TP",
                "FP",
                "FN");
        for (NabResult r : results) {
            console.printf(
                    Locale.ROOT,
                    "%-20s %7.1f %12s %5d %6d %5d%n",
                    r.profile().name(),
                    r.score(),
                    threshold(r.threshold()),
                    r.truePositives(),
                    r.falsePositives(),
                    r.falseNegatives());
        }
        console.printf(
                "%nWrote %d CSVs (timestamp,value,anomaly_score) under %s%n",
                corpus.series().size(), out);
        console.flush();
    }

    private static String threshold(double threshold) {
        return Double.isInfinite(threshold)
                ? "none"
                : String.format(Locale.ROOT, "%.6f", threshold);
    }

    /** Returns data/nab-dev of the current folder, else of the repository holding this jar. */
    private static Path bundledCorpus() {
        if (Files.isDirectory(BUNDLED)) {
            return BUNDLED;
        }
        Optional<Path> besideJar = repositoryOfJar().map(r -> r.resolve(BUNDLED));
        if (besideJar.isPresent() && Files.isDirectory(besideJar.get())) {
            return besideJar.get();
        }
        throw new NabCorpusException(
                "no FOLDER given and no "
                        + BUNDLED
                        + " found in the current folder"
                        + besideJar.map(p -> " or at " + p).orElse("")
                        + "; pass the benchmark folder, e.g. detect-anomalies data/nab-dev");
    }

    /** Returns the repository folder when running from {@code examples/target/devopssim.jar}. */
    private static Optional<Path> repositoryOfJar() {
        CodeSource source = DetectAnomaliesCommand.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path target = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
            return Optional.ofNullable(target).map(Path::getParent).map(Path::getParent);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
