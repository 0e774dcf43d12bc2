package io.devopssim.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where one region's share of a service runs: a cloud region, its zones and its replica bounds.
 *
 * <p>Each placement of a service becomes its own Deployment with its own pods, queue and
 * autoscaler: the service's HPA is applied per region with this placement's bounds. A placement
 * without zones uses every zone the cloud catalogue lists for the region.
 *
 * @param provider the cloud provider's id, such as {@code aws}
 * @param region the provider's region id, such as {@code us-east-1}
 * @param zones the zones pods are spread over; empty means every zone of the region
 * @param minReplicas lower replica bound in this region, at least 0
 * @param maxReplicas upper replica bound in this region, at least {@code minReplicas} and 1
 * @param initialReplicas replicas at the start of the run, within the bounds
 * @param instanceType the instance type here; empty means the service's
 * @param pricePerHour the price of one replica-hour here; empty means the service's price, or the
 *     catalogue's for this region
 * @param weight the region's weight under weighted routing, at least 0
 * @param nodesPerZone nodes in each zone, named {@code <zone>-node-<i>} from 1, that pods are
 *     spread over and that node failures can target; 0 places pods on zones only
 */
public record Placement(
        String provider,
        String region,
        List<String> zones,
        int minReplicas,
        int maxReplicas,
        int initialReplicas,
        Optional<String> instanceType,
        OptionalDouble pricePerHour,
        double weight,
        int nodesPerZone) {

    /** Checks for nulls and copies the zones. */
    public Placement {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        zones = List.copyOf(zones);
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
    }

    /**
     * Returns a placement on every zone of a region, at the service's instance type and weight 1.
     *
     * @param provider the cloud provider's id
     * @param region the region id
     * @param min the lower replica bound
     * @param max the upper replica bound
     * @param initial the replicas at the start
     * @return the placement
     */
    public static Placement of(String provider, String region, int min, int max, int initial) {
        return new Placement(
                provider,
                region,
                List.of(),
                min,
                max,
                initial,
                Optional.empty(),
                OptionalDouble.empty(),
                1,
                0);
    }

    /** Returns a copy spread over the given zones. */
    public Placement withZones(List<String> newZones) {
        return new Placement(
                provider,
                region,
                newZones,
                minReplicas,
                maxReplicas,
                initialReplicas,
                instanceType,
                pricePerHour,
                weight,
                nodesPerZone);
    }

    /** Returns a copy running on another instance type. */
    public Placement withInstanceType(String type) {
        return new Placement(
                provider,
                region,
                zones,
                minReplicas,
                maxReplicas,
                initialReplicas,
                Optional.of(type),
                pricePerHour,
                weight,
                nodesPerZone);
    }

    /** Returns a copy with an explicit price per replica-hour. */
    public Placement withPricePerHour(double perHour) {
        return new Placement(
                provider,
                region,
                zones,
                minReplicas,
                maxReplicas,
                initialReplicas,
                instanceType,
                OptionalDouble.of(perHour),
                weight,
                nodesPerZone);
    }

    /** Returns a copy with {@code count} nodes in each zone. */
    public Placement withNodesPerZone(int count) {
        return new Placement(
                provider,
                region,
                zones,
                minReplicas,
                maxReplicas,
                initialReplicas,
                instanceType,
                pricePerHour,
                weight,
                count);
    }

    /** Returns the names of the nodes of a zone. */
    public List<String> nodes(String zone) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= nodesPerZone; i++) {
            names.add(zone + "-node-" + i);
        }
        return names;
    }

    /** Returns a copy with another weight for weighted routing. */
    public Placement withWeight(double newWeight) {
        return new Placement(
                provider,
                region,
                zones,
                minReplicas,
                maxReplicas,
                initialReplicas,
                instanceType,
                pricePerHour,
                newWeight,
                nodesPerZone);
    }
}
