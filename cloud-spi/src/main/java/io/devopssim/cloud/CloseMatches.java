package io.devopssim.cloud;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known ids closest to a mistyped one, for "did you mean" messages. */
final class CloseMatches {

    private static final int MAX_SUGGESTIONS = 5;

    private CloseMatches() {}

    /**
     * Returns candidates within a small edit distance of the input, or sharing it as a prefix.
     *
     * <p>The allowed distance grows with the input: 2 edits, or a third of its length if larger.
     */
    static List<String> find(String input, Collection<String> candidates) {
        String needle = input.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, needle.length() / 3);
        return candidates.stream()
                .filter(c -> isClose(needle, c.toLowerCase(Locale.ROOT), allowed))
                .sorted(
                        Comparator.comparingInt(
                                        (String c) -> distance(needle, c.toLowerCase(Locale.ROOT)))
                                .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Formats "; did you mean a, b?" or "; known: a, b" when nothing is close. */
    static String hint(List<String> matches, Collection<String> known) {
        if (!matches.isEmpty()) {
            return "; did you mean " + String.join(", ", matches) + "?";
        }
        return known.isEmpty() ? "; none are known" : "; known: " + String.join(", ", known);
    }

    private static boolean isClose(String needle, String candidate, int allowed) {
        boolean prefix = !needle.isEmpty() && candidate.startsWith(needle);
        return prefix || distance(needle, candidate) <= allowed;
    }

    /** Returns the Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
