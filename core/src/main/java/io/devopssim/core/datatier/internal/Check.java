package io.devopssim.core.datatier.internal;

import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Suggestions;
import io.devopssim.core.internal.tree.Values;
import java.util.Collection;

/**
 * Checks configuration values against bounds, adding each failure to a shared problem list.
 *
 * <p>Not API.
 */
public final class Check {

    private final Problems problems;
    private final String path;

    /**
     * Creates a check that reports at paths under {@code path}.
     *
     * @param problems where failures go
     * @param path the enclosing path, empty for the root
     */
    public Check(Problems problems, String path) {
        this.problems = problems;
        this.path = path;
    }

    /** Returns a check for the child {@code child} of this path. */
    public Check at(String child) {
        return new Check(problems, Problems.join(path, child));
    }

    /** Returns a check for element {@code i} of the list {@code list} under this path. */
    public Check index(String list, int i) {
        return new Check(problems, Problems.join(path, list) + "[" + i + "]");
    }

    /** Reports a failure of {@code field}. */
    public void fail(String field, String message) {
        problems.add(Problems.join(path, field), message);
    }

    /** Reports {@code value} unless it is finite; returns whether it is. */
    public boolean finite(String field, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        fail(field, "must be a finite number, was " + Values.number(value));
        return false;
    }

    /** Reports {@code value} unless it is finite and above zero. */
    public void positive(String field, double value) {
        if (finite(field, value) && value <= 0) {
            fail(field, "must be > 0, was " + Values.number(value));
        }
    }

    /** Reports {@code value} unless it is above zero; positive infinity is accepted. */
    public void positiveOrInfinite(String field, double value) {
        if (!(value > 0)) {
            fail(field, "must be > 0 (or infinite for no limit), was " + Values.number(value));
        }
    }

    /** Reports {@code value} unless it is finite and at least zero. */
    public void nonNegative(String field, double value) {
        if (finite(field, value) && value < 0) {
            fail(field, "must be >= 0, was " + Values.number(value));
        }
    }

    /** Reports {@code value} unless it is within {@code [min, max)}. */
    public void inHalfOpen(String field, double value, double min, double max) {
        if (finite(field, value) && (value < min || value >= max)) {
            String range = "[" + Values.number(min) + ", " + Values.number(max) + ")";
            fail(field, "must be in " + range + ", was " + Values.number(value));
        }
    }

    /** Reports {@code value} unless it is within {@code [min, max]}. */
    public void inClosed(String field, double value, double min, double max) {
        if (finite(field, value) && (value < min || value > max)) {
            String range = "[" + Values.number(min) + ", " + Values.number(max) + "]";
            fail(field, "must be in " + range + ", was " + Values.number(value));
        }
    }

    /** Reports {@code value} unless it is not null and not blank; returns whether it is set. */
    public boolean notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(
                    field,
                    "must not be blank, was " + (value == null ? "not set" : Values.quoted(value)));
            return false;
        }
        return true;
    }

    /** Reports {@code name} unless it is one of {@code known}, suggesting the closest one. */
    public void knownName(String field, String name, Collection<String> known) {
        if (name == null || known.contains(name)) {
            return;
        }
        String hint =
                Suggestions.closest(name, known)
                        .map(s -> "; did you mean " + Values.quoted(s) + "?")
                        .orElse("");
        fail(field, "unknown name " + Values.quoted(name) + ", expected one of " + known + hint);
    }
}
