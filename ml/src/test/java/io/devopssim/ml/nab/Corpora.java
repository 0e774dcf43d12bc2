package io.devopssim.ml.nab;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds small corpora in memory for the scorer's tests: rows five minutes apart. */
final class Corpora {

    private static final LocalDateTime START = LocalDateTime.of(2014, 4, 1, 0, 0);

    private Corpora() {}

    static NabSeries series(String name, int rows, NabWindow... windows) {
        String[] timestamps = new String[rows];
        double[] seconds = new double[rows];
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            LocalDateTime t = START.plusMinutes(5L * i);
            timestamps[i] = t.toString().replace('T', ' ');
            seconds[i] = NabTimestamps.epochSeconds(t);
        }
        return new NabSeries(name, timestamps, seconds, values, Arrays.asList(windows));
    }

    static NabCorpus corpus(NabSeries... series) {
        return new NabCorpus(java.nio.file.Path.of("mem"), List.of(series), List.of());
    }

    /** Returns scores of 0 for every row of {@code s} except the given {@code row, score} pairs. */
    static double[] scores(NabSeries s, double... rowScorePairs) {
        double[] scores = new double[s.size()];
        for (int i = 0; i < rowScorePairs.length; i += 2) {
            scores[(int) rowScorePairs[i]] = rowScorePairs[i + 1];
        }
        return scores;
    }

    static Map<String, double[]> byName(NabSeries s, double[] scores) {
        Map<String, double[]> map = new HashMap<>();
        map.put(s.name(), scores);
        return map;
    }
}
