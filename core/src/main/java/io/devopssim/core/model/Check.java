package io.devopssim.core.model;

import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Values;

/** Checks numbers against bounds, reporting each failure at a path. */
final class Check {

    private final Problems problems;
    private final String path;

    Check(Problems problems, String path) {
        this.problems = problems;
        this.path = path;
    }

    Check at(String child) {
        return new Check(problems, Problems.join(path, child));
    }

    Check index(String list, int i) {
        return new Check(problems, Problems.join(path, list) + "[" + i + "]");
    }

    String path(String field) {
        return Problems.join(path, field);
    }

    void fail(String field, String message) {
        problems.add(path(field), message);
    }

    boolean finite(String field, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        fail(field, "must be a finite number, was " + Values.number(value));
        return false;
    }

    void positive(String field, double value) {
        if (finite(field, value) && value <= 0) {
            fail(field, "must be > 0, was " + Values.number(value));
        }
    }

    void nonNegative(String field, double value) {
        if (finite(field, value) && value < 0) {
            fail(field, "must be >= 0, was " + Values.number(value));
        }
    }

    void atLeast(String field, double value, String other, double bound) {
        if (finite(field, value) && value < bound) {
            fail(
                    field,
                    "must be >= "
                            + other
                            + " ("
                            + Values.number(bound)
                            + "), was "
                            + Values.number(value));
        }
    }

    void between(String field, double value, double min, double max, boolean openMin) {
        if (!finite(field, value)) {
            return;
        }
        boolean low = openMin ? value <= min : value < min;
        if (low || value > max) {
            String range =
                    (openMin ? "(" : "[") + Values.number(min) + ", " + Values.number(max) + "]";
            fail(field, "must be in " + range + ", was " + Values.number(value));
        }
    }

    void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(
                    field,
                    "must not be blank, was " + (value == null ? "not set" : Values.quoted(value)));
        }
    }
}
