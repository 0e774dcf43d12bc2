package io.devopssim.core.sim;

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
}
