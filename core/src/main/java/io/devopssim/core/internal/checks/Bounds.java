package io.devopssim.core.internal.checks;

import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Suggestions;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.Distribution;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks numbers and names against what is expected, adding each failure to a {@link Problems}.
 *
 * <p>Not API.
 */
public final class Bounds {

    private static final int MAX_LISTED = 10;

    private final Problems problems;
    private final String path;

    /**
     * Returns a checker reporting under {@code path}.
     *
     * @param problems where failures go
     * @param path the path of the checked object, empty for the root
     */
    public Bounds(Problems problems, String path) {
        this.problems = problems;
        this.path = path;
    }

    /** Returns a checker for the child object {@code child}. */
    public Bounds at(String child) {
        return new Bounds(problems, Problems.join(path, child));
    }

    /** Returns a checker for element {@code i} of the list {@code list}. */
    public Bounds index(String list, int i) {
        return new Bounds(problems, Problems.join(path, list) + "[" + i + "]");
    }

    /** Reports a problem at {@code field}. */
    public void fail(String field, String message) {
        problems.add(Problems.join(path, field), message);
    }

    /** Reports a value that was required but not set; returns whether it was set. */
    public boolean required(String field, Object value) {
        if (value == null) {
            fail(field, "required, was not set");
            return false;
        }
        return true;
    }

    /** Checks that the value is finite; returns whether it is. */
    public boolean finite(String field, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        fail(field, "must be a finite number, was " + Values.number(value));
        return false;
    }

    /** Checks that the value is finite and above zero. */
    public void positive(String field, double value) {
        if (finite(field, value) && value <= 0) {
            fail(field, "must be > 0, was " + Values.number(value));
        }
    }

    /** Checks that the value is above zero; positive infinity is accepted as "no limit". */
    public void positiveOrInfinite(String field, double value) {
        if (!(value > 0)) {
            fail(field, "must be > 0 (or infinite for no limit), was " + Values.number(value));
        }
    }

    /** Checks that the value lies in the half-open range [min, max). */
    public void inHalfOpen(String field, double value, double min, double max) {
        if (finite(field, value) && (value < min || value >= max)) {
            String range = "[" + Values.number(min) + ", " + Values.number(max) + ")";
            fail(field, "must be in " + range + ", was " + Values.number(value));
        }
    }

    /** Checks that the value is finite and zero or more. */
    public void nonNegative(String field, double value) {
        if (finite(field, value) && value < 0) {
            fail(field, "must be >= 0, was " + Values.number(value));
        }
    }

    /** Checks that the integer is at least {@code min}. */
    public void atLeast(String field, long value, long min) {
        if (value < min) {
            fail(field, "must be >= " + min + ", was " + value);
        }
    }

    /** Checks that the value lies in the closed range [min, max]. */
    public void between(String field, double value, double min, double max) {
        if (finite(field, value) && (value < min || value > max)) {
            fail(
                    field,
                    "must be in ["
                            + Values.number(min)
                            + ", "
                            + Values.number(max)
                            + "], was "
                            + Values.number(value));
        }
    }

    /** Checks that the value lies in [0, max), as a phase within a period does. */
    public void inPeriod(String field, double value, String periodName, double period) {
        if (finite(field, value) && (value < 0 || value >= period)) {
            fail(
                    field,
                    "must be in [0, "
                            + periodName
                            + " ("
                            + Values.number(period)
                            + ")), was "
                            + Values.number(value));
        }
    }

    /** Checks that a name is set and not blank; returns whether it is. */
    public boolean notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(
                    field,
                    "must not be blank, was " + (value == null ? "not set" : Values.quoted(value)));
            return false;
        }
        return true;
    }

    /** Checks that a name is one of {@code known}, suggesting the closest when it is not. */
    public boolean known(String field, String value, String what, Collection<String> known) {
        if (known.contains(value)) {
            return true;
        }
        Optional<String> closest = Suggestions.closest(value, known);
        String hint =
                closest.map(c -> "; did you mean " + Values.quoted(c) + "?")
                        .orElse(known.isEmpty() ? "; none are defined" : "; known: " + few(known));
        fail(field, "unknown " + what + " " + Values.quoted(value) + hint);
        return false;
    }

    /** Checks that the value is a share in (0, 1]. */
    public void share(String field, double value) {
        if (finite(field, value) && (value <= 0 || value > 1)) {
            fail(field, "must be in (0, 1], was " + Values.number(value));
        }
    }

    /** Checks the parameters of a distribution of durations. */
    public void distribution(String field, Distribution d) {
        if (!required(field, d)) {
            return;
        }
        Bounds c = at(field);
        if (d instanceof Distribution.Fixed f) {
            c.nonNegative("seconds", f.seconds());
        } else if (d instanceof Distribution.Uniform u) {
            c.nonNegative("min", u.min());
            if (c.finite("max", u.max()) && u.max() < u.min()) {
                c.fail(
                        "max",
                        "must be >= min ("
                                + Values.number(u.min())
                                + "), was "
                                + Values.number(u.max()));
            }
        } else if (d instanceof Distribution.LogNormal l) {
            c.positive("median", l.median());
            if (c.finite("p90", l.p90()) && l.p90() < l.median()) {
                c.fail(
                        "p90",
                        "must be >= median ("
                                + Values.number(l.median())
                                + "), was "
                                + Values.number(l.p90()));
            }
        } else {
            fail(field, "must be a fixed, uniform or log-normal distribution, was " + d);
        }
    }

    private static String few(Collection<String> known) {
        List<String> list = List.copyOf(known);
        if (list.size() <= MAX_LISTED) {
            return list.toString();
        }
        return list.subList(0, MAX_LISTED) + " and " + (list.size() - MAX_LISTED) + " more";
    }

    /** Returns a value formatted for messages. */
    public static String number(double value) {
        return Values.number(value);
    }
}
