package io.devopssim.core.load;

import io.devopssim.core.InvalidInputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Creates workloads: from a {@link LoadSpec}, or directly for the synthetic shapes.
 *
 * <p>Synthetic workloads compute their rate on the fly without allocating, so the simulator can ask
 * a thousand services for their rate every step. Every factory checks its parameters and reports
 * all bad ones at once in an {@link InvalidInputException}.
 */
public final class Workloads {

    private Workloads() {}

    /**
     * Returns the workload a spec describes, reading its trace file if it has one.
     *
     * @param spec the load spec
     * @param baseDir the directory against which a relative trace path is resolved
     * @return the workload
     * @throws InvalidInputException if a parameter is out of range or the trace cannot be read
     */
    public static Workload open(LoadSpec spec, Path baseDir) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(baseDir, "baseDir");
        if (spec instanceof LoadSpec.Constant c) {
            return constant(c.rps());
        } else if (spec instanceof LoadSpec.Diurnal d) {
            return diurnal(d.meanRps(), d.amplitude(), d.peakHour());
        } else if (spec instanceof LoadSpec.Step s) {
            return step(s.beforeRps(), s.afterRps(), s.atSeconds());
        } else if (spec instanceof LoadSpec.Spike s) {
            return spike(s.baseRps(), s.peakRps(), s.startSeconds(), s.durationSeconds());
        }
        LoadSpec.Trace trace = (LoadSpec.Trace) spec;
        return CsvTraceLoader.load(resolve(trace.file(), baseDir), trace.options());
    }

    /**
     * Returns a workload with the same rate at every instant.
     *
     * @param rps requests per second, finite and at least 0
     * @return the workload
     * @throws InvalidInputException if {@code rps} is negative, NaN or infinite
     */
    public static Workload constant(double rps) {
        Problems problems = new Problems("constant load");
        requireRate(problems, "rps", rps);
        problems.throwIfAny();
        return new ConstantWorkload(rps);
    }

    /**
     * Returns a workload that swings around a daily mean, {@code mean * (1 + amplitude * cos(2π (t
     * - peakHour h) / 24 h))}; it peaks at {@code mean * (1 + amplitude)} at {@code peakHour}.
     *
     * @param meanRps the daily mean in requests per second, finite and at least 0
     * @param amplitude relative swing, in [0, 1]
     * @param peakHour hour of the simulated day (t = 0 is midnight) at which load peaks, in [0, 24)
     * @return the workload
     * @throws InvalidInputException if a parameter is out of range
     */
    public static Workload diurnal(double meanRps, double amplitude, double peakHour) {
        Problems problems = new Problems("diurnal load");
        requireRate(problems, "meanRps", meanRps);
        if (!(amplitude >= 0 && amplitude <= 1)) {
            problems.add("amplitude", "was " + amplitude + "; expected a value in [0, 1]");
        }
        if (!(peakHour >= 0 && peakHour < 24)) {
            problems.add("peakHour", "was " + peakHour + "; expected an hour in [0, 24)");
        }
        problems.throwIfAny();
        return new DiurnalWorkload(meanRps, amplitude, peakHour);
    }

    /**
     * Returns a workload at {@code beforeRps} until {@code atSeconds} and {@code afterRps} from
     * then on.
     *
     * @param beforeRps requests per second before the step, finite and at least 0
     * @param afterRps requests per second from the step on, finite and at least 0
     * @param atSeconds when the step happens, finite seconds since the start of the run, at least 0
     * @return the workload
     * @throws InvalidInputException if a parameter is out of range
     */
    public static Workload step(double beforeRps, double afterRps, double atSeconds) {
        Problems problems = new Problems("step load");
        requireRate(problems, "beforeRps", beforeRps);
        requireRate(problems, "afterRps", afterRps);
        requireTime(problems, "atSeconds", atSeconds);
        problems.throwIfAny();
        return new StepWorkload(beforeRps, afterRps, atSeconds);
    }

    /**
     * Returns a workload at {@code baseRps} with one spike to {@code peakRps} over {@code
     * [startSeconds, startSeconds + durationSeconds)}.
     *
     * @param baseRps requests per second outside the spike, finite and at least 0
     * @param peakRps requests per second during the spike, finite and at least 0
     * @param startSeconds when the spike starts, finite seconds since the start of the run, at
     *     least 0
     * @param durationSeconds how long the spike lasts, finite and more than 0
     * @return the workload
     * @throws InvalidInputException if a parameter is out of range
     */
    public static Workload spike(
            double baseRps, double peakRps, double startSeconds, double durationSeconds) {
        Problems problems = new Problems("spike load");
        requireRate(problems, "baseRps", baseRps);
        requireRate(problems, "peakRps", peakRps);
        requireTime(problems, "startSeconds", startSeconds);
        if (!(durationSeconds > 0 && durationSeconds < Double.POSITIVE_INFINITY)) {
            problems.add(
                    "durationSeconds",
                    "was " + durationSeconds + "; expected a finite number of seconds more than 0");
        }
        problems.throwIfAny();
        return new SpikeWorkload(baseRps, peakRps, startSeconds, durationSeconds);
    }

    private static Path resolve(String file, Path baseDir) {
        try {
            Path path = Path.of(file);
            return path.isAbsolute() ? path : baseDir.resolve(path);
        } catch (InvalidPathException e) {
            Problems problems = new Problems("trace load");
            problems.add("file", "'" + file + "' is not a valid path: " + e.getReason());
            problems.throwIfAny();
            throw e;
        }
    }

    private static void requireRate(Problems problems, String path, double rps) {
        if (!(rps >= 0 && rps < Double.POSITIVE_INFINITY)) {
            problems.add(path, "was " + rps + "; expected a finite rate in requests/s, at least 0");
        }
    }

    private static void requireTime(Problems problems, String path, double seconds) {
        if (!(seconds >= 0 && seconds < Double.POSITIVE_INFINITY)) {
            problems.add(
                    path, "was " + seconds + "; expected a finite number of seconds, at least 0");
        }
    }
}
