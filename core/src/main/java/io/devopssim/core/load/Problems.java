package io.devopssim.core.load;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one input and throws them together.
 *
 * <p>Only the first {@link #LIMIT} problems are kept; the rest are counted and reported as one
 * final problem, so a file with a million bad rows still gives a readable message.
 */
final class Problems {

    static final int LIMIT = 20;

    private final String source;
    private final List<Problem> kept = new ArrayList<>();
    private int dropped;

    Problems(String source) {
        this.source = source;
    }

    void add(String path, String message) {
        if (kept.size() < LIMIT) {
            kept.add(new Problem(path, message));
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Throws every problem collected so far, if there is any. */
    void throwIfAny() {
        if (isEmpty()) {
            return;
        }
        List<Problem> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(new Problem("", "... and " + dropped + " more"));
        }
        throw new InvalidInputException(source, all);
    }
}
