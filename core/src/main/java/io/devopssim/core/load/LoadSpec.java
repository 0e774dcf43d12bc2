package io.devopssim.core.load;

import java.util.Objects;

/**
 * Describes where a service's load comes from: a recorded trace or a synthetic shape.
 *
 * <p>A spec is a value; {@code Workloads.open} turns it into a {@link Workload}, reading trace
 * files at that point.
 */
public sealed interface LoadSpec {

    /**
     * A constant arrival rate.
     *
     * @param rps requests per second, at least 0
     */
    record Constant(double rps) implements LoadSpec {}

    /**
     * A daily sine wave: {@code mean * (1 + amplitude * cos(2π (t - peak) / 1 day))}.
     *
     * @param meanRps the daily mean in requests per second, at least 0
     * @param amplitude relative swing, in [0, 1]
     * @param peakHour hour of the simulated day (t = 0 is midnight) at which load peaks, in [0, 24)
     */
    record Diurnal(double meanRps, double amplitude, double peakHour) implements LoadSpec {}

    /**
     * A rate that jumps once.
     *
     * @param beforeRps requests per second before {@code atSeconds}
     * @param afterRps requests per second from {@code atSeconds} on
     * @param atSeconds when the step happens, seconds since the start of the run
     */
    record Step(double beforeRps, double afterRps, double atSeconds) implements LoadSpec {}

    /**
     * A base rate with one rectangular spike.
     *
     * @param baseRps requests per second outside the spike
     * @param peakRps requests per second during the spike
     * @param startSeconds when the spike starts, seconds since the start of the run
     * @param durationSeconds how long the spike lasts, more than 0
     */
    record Spike(double baseRps, double peakRps, double startSeconds, double durationSeconds)
            implements LoadSpec {}

    /**
     * Replay of a recorded trace in a CSV file.
     *
     * @param file the CSV file; a relative path is resolved against the scenario's directory
     * @param options how to read and transform the trace
     */
    record Trace(String file, TraceOptions options) implements LoadSpec {
        /** Creates a trace spec. */
        public Trace {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(options, "options");
        }
    }
}
