package io.devopssim.core.routing;

import io.devopssim.cloud.NetworkLatency;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fixed facts of routing: indexes of sources and regions, round trips, and the policy's answer.
 *
 * <p>Round trips are computed once, so an answer costs O(regions).
 */
final class RouteTable {

    private final RoutingConfig config;
    private final List<String> regionNames;
    private final List<String> sourceNames;
    private final double[][] rttMillis;

    RouteTable(RoutingConfig config, NetworkLatency latency) {
        this.config = config;
        this.regionNames = config.regions().stream().map(ServingRegion::name).toList();
        this.sourceNames = config.sources().stream().map(ClientSource::name).toList();
        rttMillis = new double[sourceNames.size()][regionNames.size()];
        for (int s = 0; s < sourceNames.size(); s++) {
            for (int r = 0; r < regionNames.size(); r++) {
                rttMillis[s][r] =
                        latency.roundTripMillis(
                                config.sources().get(s).location(),
                                config.regions().get(r).region());
            }
        }
    }

    int regionCount() {
        return regionNames.size();
    }

    String regionName(int r) {
        return regionNames.get(r);
    }

    List<String> regionNames() {
        return regionNames;
    }

    List<String> sourceNames() {
        return sourceNames;
    }

    Optional<Integer> regionIndex(String name) {
        int i = regionNames.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    Optional<Integer> sourceIndex(String name) {
        int i = sourceNames.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    double rttMillis(int source, int region) {
        return rttMillis[source][region];
    }

    /** Returns the mean round trip of a split of one source's traffic. */
    double meanRttMillis(int source, double[] split) {
        double sum = 0;
        for (int r = 0; r < split.length; r++) {
            sum += split[r] * rttMillis[source][r];
        }
        return sum;
    }

    /**
     * Returns the policy's split of a source's traffic over the healthy regions; with none healthy,
     * over all of them (fail open).
     */
    double[] answer(int source, boolean[] healthy) {
        boolean[] eligible = anyTrue(healthy) ? healthy : allTrue(healthy.length);
        if (config.policy() == RoutingPolicy.WEIGHTED) {
            return weighted(eligible);
        }
        return nearest(source, eligible);
    }

    private double[] nearest(int source, boolean[] eligible) {
        int best = -1;
        for (int r = 0; r < eligible.length; r++) {
            if (eligible[r] && (best < 0 || rttMillis[source][r] < rttMillis[source][best])) {
                best = r;
            }
        }
        double[] split = new double[eligible.length];
        split[best] = 1;
        return split;
    }

    private double[] weighted(boolean[] eligible) {
        double[] split = new double[eligible.length];
        double total = 0;
        for (int r = 0; r < eligible.length; r++) {
            if (eligible[r]) {
                split[r] = config.regions().get(r).weight();
                total += split[r];
            }
        }
        if (total <= 0) {
            return weighted(allTrue(eligible.length));
        }
        for (int r = 0; r < split.length; r++) {
            split[r] /= total;
        }
        return split;
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] allTrue(int n) {
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return all;
    }
}
