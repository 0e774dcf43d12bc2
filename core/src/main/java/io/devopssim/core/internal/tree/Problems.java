package io.devopssim.core.internal.tree;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems found in one input, each with its path, so that all are reported at once.
 *
 * <p>Not API.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    /**
     * Adds a problem.
     *
     * @param path where it is, such as {@code services[1].maxReplicas}
     * @param message the value found and what was expected
     */
    public void add(String path, String message) {
        problems.add(new Problem(Objects.requireNonNull(path, "path"), message));
    }

    /** Adds every problem of {@code others} whose path is not already reported or below one. */
    public void addUnreported(List<Problem> others) {
        for (Problem p : others) {
            if (!reportedAt(p.path())) {
                problems.add(p);
            }
        }
    }

    /** Returns whether a problem was reported at {@code path} or at a path enclosing it. */
    public boolean reportedAt(String path) {
        for (Problem p : problems) {
            String q = p.path();
            if (q.equals(path)
                    || path.startsWith(q + ".")
                    || path.startsWith(q + "[")
                    || q.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether no problem was found. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Returns the problems found so far, in order. */
    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /**
     * Throws if any problem was found.
     *
     * @param source the input's name for the message
     * @throws InvalidInputException listing every problem
     */
    public void throwIfAny(String source) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
    }

    /** Returns {@code parent.child}, or {@code child} when the parent is the root. */
    public static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }
}
