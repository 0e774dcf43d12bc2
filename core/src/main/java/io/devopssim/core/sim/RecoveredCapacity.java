package io.devopssim.core.sim;

import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.routing.GlobalRouting;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a placed service's regions still up have recovered capacity after a failure.
 *
 * <p>Capacity is recovered when every region still up has enough ready replicas for its share of
 * the service's current load once every client has left the regions that are down, at the HPA's
 * target utilisation: {@code ready × capacityRps × target ≥ share × rate}, the target from {@link
 * HpaTarget#utilisation}. The share is routing's answer without the regions down ({@link
 * GlobalRouting#answerWithout}), so traffic still on its way counts where it is going. The failover
 * planner's {@code CAPACITY_READY} milestone applies the same rule to its plan. With every region
 * down, capacity is not recovered; at a load of 0, any ready count is enough.
 */
final class RecoveredCapacity {

    private final double perReplica;
    private final GlobalRouting routing;
    private final String[] names;
    private final String[] sources;
    private final double[] weights;

    RecoveredCapacity(
            ServiceModel model,
            GlobalRouting routing,
            String[] names,
            String[] sources,
            double[] weights) {
        this.perReplica = model.capacityRps() * HpaTarget.utilisation(model);
        this.routing = routing;
        this.names = names.clone();
        this.sources = sources.clone();
        this.weights = weights.clone();
    }

    /**
     * Returns whether capacity is recovered at a load of {@code rate} requests per second.
     *
     * @param rate the service's whole request rate
     * @param down whether each region is down, in the service's region order
     * @param ready each region's ready replicas
     */
    boolean enough(double rate, boolean[] down, int[] ready) {
        Set<String> unhealthy = new HashSet<>();
        for (int r = 0; r < names.length; r++) {
            if (down[r]) {
                unhealthy.add(names[r]);
            }
        }
        if (unhealthy.size() == names.length) {
            return false;
        }
        double[] after = sharesWithout(unhealthy);
        for (int r = 0; r < names.length; r++) {
            if (!down[r] && ready[r] * perReplica < rate * after[r] * (1 - 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** Returns each region's share of the load once every cache has left the given regions. */
    private double[] sharesWithout(Set<String> unhealthy) {
        double[] after = new double[names.length];
        if (routing == null) {
            after[0] = 1;
            return after;
        }
        for (int s = 0; s < sources.length; s++) {
            Map<String, Double> answer = routing.answerWithout(sources[s], unhealthy);
            for (int r = 0; r < names.length; r++) {
                after[r] += weights[s] * answer.getOrDefault(names[r], 0.0);
            }
        }
        return after;
    }
}
