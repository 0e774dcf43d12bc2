package io.devopssim.core.internal.tree;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known word closest to a misspelt one, for "did you mean" hints.
 *
 * <p>Not API.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * Returns the known word closest to {@code word}, if one is close enough to be a typo.
     *
     * @param word what was written
     * @param known the words that would have been accepted
     * @return the closest word within an edit distance of about a third of its length
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Returns the Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
