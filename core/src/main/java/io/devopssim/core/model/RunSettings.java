package io.devopssim.core.model;

import java.util.OptionalDouble;

/**
 * How a run is carried out.
 *
 * @param seed the run's seed; every random stream is split from it
 * @param durationSeconds simulated length; empty means the length of the longest trace
 * @param stepSeconds the fluid data plane's time step, more than 0
 */
public record RunSettings(long seed, OptionalDouble durationSeconds, double stepSeconds) {

    /** Returns seed 1, the length of the traces, and 15 s steps. */
    public static RunSettings defaults() {
        return new RunSettings(1L, OptionalDouble.empty(), 15.0);
    }
}
