package io.devopssim.ml.nab;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a corpus so that every problem is reported at once. */
final class Problems {

    /** Problems listed per file; more are counted, not listed, to keep the message readable. */
    static final int LISTED_PER_FILE = 10;

    private final List<String> lines = new ArrayList<>();
    private String currentFile;
    private int inCurrentFile;
    private int unlisted;
    private int added;

    /** Starts counting the problems of {@code file} separately. */
    void file(String file) {
        flushUnlisted();
        currentFile = file;
        inCurrentFile = 0;
    }

    void add(String problem) {
        added++;
        inCurrentFile++;
        if (currentFile != null && inCurrentFile > LISTED_PER_FILE) {
            unlisted++;
            return;
        }
        lines.add(problem);
    }

    /** Returns how many problems were added so far, listed or not. */
    int count() {
        return added;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Throws every problem collected so far, if there is one. */
    void throwIfAny(String what) {
        flushUnlisted();
        if (!lines.isEmpty()) {
            throw new NabCorpusException(
                    what + " has " + plural(lines.size()) + ":\n  " + String.join("\n  ", lines));
        }
    }

    private void flushUnlisted() {
        if (unlisted > 0) {
            lines.add(currentFile + ": and " + plural(unlisted) + " more");
            unlisted = 0;
        }
    }

    private static String plural(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }
}
