package io.devopssim.core.model;

import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.TraceOptions;
import java.util.regex.Pattern;

/** Checks the value types a service is made of: distributions, load, strategy, SLO, run. */
final class SpecChecks {

    private static final Pattern COUNT_OR_PERCENT = Pattern.compile("[0-9]{1,9}%?");

    private SpecChecks() {}

    static void distribution(Distribution d, Check c) {
        if (d instanceof Distribution.Fixed f) {
            c.nonNegative("seconds", f.seconds());
        } else if (d instanceof Distribution.Uniform u) {
            c.nonNegative("min", u.min());
            c.atLeast("max", u.max(), "min", u.min());
        } else if (d instanceof Distribution.CloudBoot b) {
            c.nonNegative("extra", b.extraSeconds());
        } else if (d instanceof Distribution.LogNormal l) {
            c.positive("median", l.median());
            c.atLeast("p90", l.p90(), "median", l.median());
        }
    }

    static void load(LoadSpec load, Check c) {
        if (load instanceof LoadSpec.Constant k) {
            c.nonNegative("rps", k.rps());
        } else if (load instanceof LoadSpec.Diurnal d) {
            c.nonNegative("meanRps", d.meanRps());
            c.between("amplitude", d.amplitude(), 0, 1, false);
            if (c.finite("peakHour", d.peakHour()) && (d.peakHour() < 0 || d.peakHour() >= 24)) {
                c.fail("peakHour", "must be in [0, 24), was " + Values.number(d.peakHour()));
            }
        } else if (load instanceof LoadSpec.Step s) {
            c.nonNegative("beforeRps", s.beforeRps());
            c.nonNegative("afterRps", s.afterRps());
            c.nonNegative("atSeconds", s.atSeconds());
        } else if (load instanceof LoadSpec.Spike s) {
            c.nonNegative("baseRps", s.baseRps());
            c.nonNegative("peakRps", s.peakRps());
            c.nonNegative("startSeconds", s.startSeconds());
            c.positive("durationSeconds", s.durationSeconds());
        } else if (load instanceof LoadSpec.Trace t) {
            c.notBlank("file", t.file());
            trace(t.options(), c);
        }
    }

    private static void trace(TraceOptions o, Check c) {
        c.notBlank("timestampColumn", o.timestampColumn());
        c.notBlank("valueColumn", o.valueColumn());
        c.notBlank("timestampFormat", o.timestampFormat());
        if (o.resolution().isNegative() || o.resolution().isZero()) {
            c.fail("resolution", "must be > 0, was " + o.resolution());
        }
        c.positive("scale", o.scale());
        c.positive("timeCompression", o.timeCompression());
    }

    static void rollingUpdate(RollingUpdate r, Check c) {
        boolean surgeOk = countOrPercent("maxSurge", r.maxSurge(), c);
        boolean unavailableOk = countOrPercent("maxUnavailable", r.maxUnavailable(), c);
        if (surgeOk && unavailableOk && isZero(r.maxSurge()) && isZero(r.maxUnavailable())) {
            c.fail("maxUnavailable", "must not be 0 when maxSurge is 0, was 0");
        }
    }

    private static boolean countOrPercent(String field, String value, Check c) {
        if (value != null && COUNT_OR_PERCENT.matcher(value).matches()) {
            return true;
        }
        String was = value == null ? "not set" : Values.quoted(value);
        c.fail(field, "must be a count (1) or a percentage (25%), was " + was);
        return false;
    }

    private static boolean isZero(String countOrPercent) {
        return Integer.parseInt(countOrPercent.replace("%", "")) == 0;
    }

    static void slo(Slo slo, Check c) {
        c.positive("latencyThresholdSeconds", slo.latencyThresholdSeconds());
        c.between("latencyTarget", slo.latencyTarget(), 0, 1, true);
        c.between("availabilityTarget", slo.availabilityTarget(), 0, 1, true);
    }

    static void run(RunSettings run, Check c) {
        c.positive("stepSeconds", run.stepSeconds());
        run.durationSeconds().ifPresent(d -> c.positive("durationSeconds", d));
        if (run.durationSeconds().isPresent() && Double.isFinite(run.stepSeconds())) {
            double d = run.durationSeconds().getAsDouble();
            if (d > 0 && d < run.stepSeconds()) {
                c.atLeast("durationSeconds", d, "stepSeconds", run.stepSeconds());
            }
        }
    }
}
