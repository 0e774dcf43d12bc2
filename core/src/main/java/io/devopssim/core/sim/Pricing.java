package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.model.Distribution;
import java.util.List;
import java.util.Optional;

/**
 * Looks up what a replica of an instance type costs in a provider's region.
 *
 * <p>The default looks in the cloud catalogues found on the class path; embedders can pass their
 * own, for negotiated prices.
 */
@FunctionalInterface
public interface Pricing {

    /**
     * Returns the price of one replica on {@code instanceType} in {@code provider}/{@code region}.
     *
     * @throws io.devopssim.core.SimulationException if the price is not known; the message says
     *     what is known instead
     */
    ReplicaPrice price(String provider, String region, String instanceType);

    /**
     * Returns how long a new instance of {@code instanceType} takes to boot in {@code
     * provider}/{@code region}, used where a service's start-up is {@link Distribution.CloudBoot}.
     *
     * @return the boot time, or empty when this pricing does not know it (the default)
     */
    default Optional<Distribution> bootTime(String provider, String region, String instanceType) {
        return Optional.empty();
    }

    /**
     * Returns where a region is and which zones it has, for services placed in several regions.
     *
     * @return the region, or empty when this pricing does not know it (the default)
     */
    default Optional<Region> region(String provider, String region) {
        return Optional.empty();
    }

    /**
     * Returns the region ids known for a provider, for suggestions when a region is unknown.
     *
     * @return the ids; empty by default
     */
    default List<String> regionIds(String provider) {
        return List.of();
    }
}
