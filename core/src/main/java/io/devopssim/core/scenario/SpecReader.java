package io.devopssim.core.scenario;

import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.load.GapPolicy;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.TraceOptions;
import io.devopssim.core.load.TraceOptions.ValueUnit;
import io.devopssim.core.model.Distribution;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the union-valued parts of a service: distributions and load. */
final class SpecReader {

    private static final Set<String> DISTRIBUTIONS =
            new TreeSet<>(Set.of("fixed", "uniform", "lognormal", "cloudBoot"));
    private static final Set<String> LOADS =
            new TreeSet<>(Set.of("constant", "diurnal", "step", "spike", "trace"));

    private SpecReader() {}

    static Optional<Distribution> distribution(Fields f, Map<String, String> kinds, String key) {
        Optional<String> kind = f.single(DISTRIBUTIONS);
        kind.ifPresent(k -> kinds.put(key, k));
        Optional<Distribution> d =
                kind.flatMap(
                        k ->
                                switch (k) {
                                    case "fixed" ->
                                            f.duration("fixed").stream()
                                                    .mapToObj(
                                                            s ->
                                                                    (Distribution)
                                                                            new Distribution.Fixed(
                                                                                    s))
                                                    .findFirst();
                                    case "cloudBoot" ->
                                            f.duration("cloudBoot").stream()
                                                    .mapToObj(
                                                            s ->
                                                                    (Distribution)
                                                                            new Distribution
                                                                                    .CloudBoot(s))
                                                    .findFirst();
                                    case "uniform" ->
                                            f.object("uniform").flatMap(SpecReader::uniform);
                                    default -> f.object("lognormal").flatMap(SpecReader::logNormal);
                                });
        f.finish();
        return d;
    }

    private static Optional<Distribution> uniform(Fields u) {
        OptionalDouble min = requiredDuration(u, "min");
        OptionalDouble max = requiredDuration(u, "max");
        u.finish();
        return both(min, max)
                ? Optional.of(new Distribution.Uniform(min.getAsDouble(), max.getAsDouble()))
                : Optional.empty();
    }

    private static Optional<Distribution> logNormal(Fields l) {
        OptionalDouble median = requiredDuration(l, "median");
        OptionalDouble p90 = requiredDuration(l, "p90");
        l.finish();
        return both(median, p90)
                ? Optional.of(new Distribution.LogNormal(median.getAsDouble(), p90.getAsDouble()))
                : Optional.empty();
    }

    static Optional<LoadSpec> load(Fields f, Map<String, String> kinds) {
        Optional<String> kind = f.single(LOADS);
        kind.ifPresent(k -> kinds.put("load", k));
        Optional<LoadSpec> load =
                kind.flatMap(
                        k ->
                                switch (k) {
                                    case "constant" ->
                                            f.requiredNumber("constant").stream()
                                                    .mapToObj(
                                                            r ->
                                                                    (LoadSpec)
                                                                            new LoadSpec.Constant(
                                                                                    r))
                                                    .findFirst();
                                    case "diurnal" ->
                                            f.object("diurnal").flatMap(SpecReader::diurnal);
                                    case "step" -> f.object("step").flatMap(SpecReader::step);
                                    case "spike" -> f.object("spike").flatMap(SpecReader::spike);
                                    default -> f.object("trace").flatMap(SpecReader::trace);
                                });
        f.finish();
        return load;
    }

    private static Optional<LoadSpec> diurnal(Fields d) {
        OptionalDouble mean = d.requiredNumber("meanRps");
        OptionalDouble amplitude = d.requiredNumber("amplitude");
        double peak = d.number("peakHour").orElse(0);
        d.finish();
        return both(mean, amplitude)
                ? Optional.of(
                        new LoadSpec.Diurnal(mean.getAsDouble(), amplitude.getAsDouble(), peak))
                : Optional.empty();
    }

    private static Optional<LoadSpec> step(Fields s) {
        OptionalDouble before = s.requiredNumber("beforeRps");
        OptionalDouble after = s.requiredNumber("afterRps");
        OptionalDouble at = requiredDuration(s, "at");
        s.finish();
        return both(before, after) && at.isPresent()
                ? Optional.of(
                        new LoadSpec.Step(
                                before.getAsDouble(), after.getAsDouble(), at.getAsDouble()))
                : Optional.empty();
    }

    private static Optional<LoadSpec> spike(Fields s) {
        OptionalDouble base = s.requiredNumber("baseRps");
        OptionalDouble peak = s.requiredNumber("peakRps");
        OptionalDouble start = requiredDuration(s, "start");
        OptionalDouble duration = requiredDuration(s, "duration");
        s.finish();
        if (!both(base, peak) || !both(start, duration)) {
            return Optional.empty();
        }
        return Optional.of(
                new LoadSpec.Spike(
                        base.getAsDouble(),
                        peak.getAsDouble(),
                        start.getAsDouble(),
                        duration.getAsDouble()));
    }

    private static Optional<LoadSpec> trace(Fields t) {
        TraceOptions d = TraceOptions.perMinuteCounts();
        Optional<String> file = t.requiredString("file");
        String timestamp = t.string("timestampColumn").orElse(d.timestampColumn());
        String value = t.string("valueColumn").orElse(d.valueColumn());
        String format = t.string("format").orElse(d.timestampFormat());
        Optional<ZoneId> zone = t.string("zone").map(z -> zone(t, z)).orElse(Optional.of(d.zone()));
        double resolution = t.duration("resolution").orElse(d.resolution().toMillis() / 1000.0);
        ValueUnit unit =
                t.choice(
                                "unit",
                                new TreeMap<>(
                                        Map.of(
                                                "countPerInterval",
                                                ValueUnit.COUNT_PER_INTERVAL,
                                                "perSecond",
                                                ValueUnit.PER_SECOND)))
                        .orElse(d.valueUnit());
        GapPolicy gaps =
                t.choice(
                                "gaps",
                                new TreeMap<>(
                                        Map.of(
                                                "missing",
                                                GapPolicy.MISSING,
                                                "zero",
                                                GapPolicy.ZERO)))
                        .orElse(d.gaps());
        double scale = t.number("scale").orElse(d.scale());
        double compression = t.number("timeCompression").orElse(d.timeCompression());
        double zeroFill = t.duration("zeroFillUpTo").orElse(0.0);
        t.finish();
        if (file.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        Duration step = Duration.ofNanos(Math.round(resolution * 1e9));
        return Optional.of(
                new LoadSpec.Trace(
                        file.get(),
                        new TraceOptions(
                                timestamp,
                                value,
                                format,
                                zone.get(),
                                step,
                                unit,
                                gaps,
                                scale,
                                compression,
                                Duration.ofNanos(Math.round(zeroFill * 1e9)))));
    }

    private static Optional<ZoneId> zone(Fields t, String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            t.problems()
                    .add(
                            t.pathOf("zone"),
                            "expected a time zone such as UTC, Europe/Paris or"
                                    + " -04:00, was "
                                    + Values.quoted(text));
            return Optional.empty();
        }
    }

    static OptionalDouble requiredDuration(Fields f, String key) {
        if (!f.has(key)) {
            f.required(key);
            return OptionalDouble.empty();
        }
        return f.duration(key);
    }

    private static boolean both(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent();
    }
}
