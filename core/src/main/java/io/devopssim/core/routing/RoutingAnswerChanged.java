package io.devopssim.core.routing;

import io.devopssim.core.kernel.SimEvent;
import java.util.Map;
import java.util.Objects;

/**
 * Published when the routing answer for a client source changes, as health changed.
 *
 * <p>Clients take the new answer up gradually: through their resolvers' caches for DNS, through
 * convergence for anycast; all have it by {@code takenUpBy}.
 *
 * @param time when the answer changed, in simulated seconds
 * @param source the client source's name
 * @param split the new share of the source's traffic per region id, summing to 1
 * @param takenUpBy when the last client follows the new answer
 */
public record RoutingAnswerChanged(
        double time, String source, Map<String, Double> split, double takenUpBy)
        implements SimEvent {

    /** Checks for nulls and copies the split. */
    public RoutingAnswerChanged {
        Objects.requireNonNull(source, "source");
        split = Map.copyOf(split);
    }
}
