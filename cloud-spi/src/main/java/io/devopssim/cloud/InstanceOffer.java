package io.devopssim.cloud;

import java.util.Objects;

/**
 * An instance type as offered in one region of one provider, with its price there.
 *
 * @param provider the provider
 * @param region the region
 * @param instanceType the instance type
 * @param price the price of the type in the region
 */
public record InstanceOffer(
        CloudProvider provider, Region region, InstanceType instanceType, Price price) {

    /** Checks for nulls. */
    public InstanceOffer {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(price, "price");
    }

    /**
     * Returns the on-demand price per hour in US dollars.
     *
     * @return the hourly price
     */
    public double pricePerHour() {
        return price.onDemandPerHour();
    }

    /**
     * Returns the reference that names this offer, e.g. {@code aws/us-east-1/m5.large}.
     *
     * @return provider, region and instance type ids joined by slashes
     */
    public String reference() {
        return provider.id() + "/" + region.id() + "/" + instanceType.id();
    }
}
