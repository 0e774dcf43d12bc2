package io.devopssim.core.datatier;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.load.Workload;
import java.util.List;
import java.util.Objects;

/**
 * Gives the rate at which a database primary writes WAL over simulated time, in bytes per second.
 *
 * <p>The models integrate the rate over short steps, reading it at the start of each step, so a
 * rate that is constant over each step is integrated exactly.
 */
@FunctionalInterface
public interface WriteLoad {

    /**
     * Returns the WAL write rate at simulated time {@code t}.
     *
     * @param t seconds since the start of the run, at least 0
     * @return bytes per second, finite and at least 0
     */
    double bytesPerSecond(double t);

    /**
     * Returns a write load with the same rate at every instant.
     *
     * @param bytesPerSecond the rate, finite and at least 0
     * @return the write load
     * @throws InvalidInputException if the rate is negative, NaN or infinite
     */
    static WriteLoad constant(double bytesPerSecond) {
        requireRate("bytesPerSecond", bytesPerSecond);
        return t -> bytesPerSecond;
    }

    /**
     * Returns a write load proportional to a request workload: {@code rate(t) * bytesPerRequest}.
     *
     * <p>Where the workload has no data (NaN, a trace gap) the write rate is zero.
     *
     * @param workload the requests per second
     * @param bytesPerRequest WAL bytes one request writes on average, finite and at least 0
     * @return the write load
     * @throws InvalidInputException if {@code bytesPerRequest} is negative, NaN or infinite
     */
    static WriteLoad ofRequests(Workload workload, double bytesPerRequest) {
        Objects.requireNonNull(workload, "workload");
        requireRate("bytesPerRequest", bytesPerRequest);
        return t -> {
            double rps = workload.rate(t);
            return Double.isNaN(rps) ? 0 : rps * bytesPerRequest;
        };
    }

    private static void requireRate(String field, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new InvalidInputException(
                    "write load",
                    List.of(
                            new Problem(
                                    field,
                                    "must be a finite number >= 0, was " + Values.number(value))));
        }
    }
}
