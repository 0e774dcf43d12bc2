package io.devopssim.core.sim;

import io.devopssim.core.model.Distribution;
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
}
