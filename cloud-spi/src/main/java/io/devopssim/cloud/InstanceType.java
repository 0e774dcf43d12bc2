package io.devopssim.cloud;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A machine size a provider sells, with its price in each region where it is offered.
 *
 * @param id the provider's id, e.g. {@code m5.large}
 * @param family the family, e.g. {@code m5}
 * @param category what the family is built for
 * @param vcpus the number of virtual CPUs
 * @param memoryGiB the memory in GiB
 * @param architecture the CPU architecture, e.g. {@code x86_64} or {@code arm64}
 * @param pricesByRegion the price by region id; a region that is absent does not offer the type
 */
public record InstanceType(
        String id,
        String family,
        Category category,
        int vcpus,
        double memoryGiB,
        String architecture,
        Map<String, Price> pricesByRegion) {

    /** Checks for nulls and copies the prices. */
    public InstanceType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(architecture, "architecture");
        pricesByRegion = Map.copyOf(pricesByRegion);
    }

    /**
     * Returns the price in the given region.
     *
     * @param region a region id
     * @return the price, or empty if the type is not offered there
     */
    public Optional<Price> priceIn(String region) {
        return Optional.ofNullable(pricesByRegion.get(Objects.requireNonNull(region, "region")));
    }
}
