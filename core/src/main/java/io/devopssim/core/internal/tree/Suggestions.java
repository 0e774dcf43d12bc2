package io.devopssim.core.internal.tree;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
