package io.devopssim.cloud;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Returns what one cloud offers: regions, instance types with prices, billing, boot and transfer.
 *
 * <p>Implementations are immutable and thread-safe. Most extend {@link CatalogProvider}, which
 * reads all of this from a JSON catalogue.
 */
public interface CloudProvider {

    /**
     * Returns the provider id: lowercase letters, digits and dashes, e.g. {@code aws}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the name people use for the provider, e.g. {@code Amazon Web Services}.
     *
     * @return the display name
     */
    String displayName();

    /**
     * Returns the regions this provider's data covers.
     *
     * @return the regions, in catalogue order
     */
    List<Region> regions();

    /**
     * Returns the instance types this provider's data covers, each with its prices by region.
     *
     * @return the instance types, in catalogue order
     */
    List<InstanceType> instanceTypes();

    /**
     * Returns how running instances are billed.
     *
     * @return the billing rule
     */
    Billing billing();

    /**
     * Returns how long a new instance takes to boot.
     *
     * @return the boot time distribution
     */
    BootTime bootTime();

    /**
     * Returns the data-transfer prices.
     *
     * @return the data-transfer prices
     */
    DataTransfer dataTransfer();

    /**
     * Returns the published sources every figure of this provider cites.
     *
     * @return the sources
     */
    List<Source> sources();

    /**
     * Returns the region with the given id.
     *
     * @param id the region id, e.g. {@code us-east-1}
     * @return the region, or empty if this provider has none with that id
     */
    default Optional<Region> region(String id) {
        Objects.requireNonNull(id, "id");
        return regions().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the instance type with the given id.
     *
     * @param id the instance type id, e.g. {@code m5.large}
     * @return the instance type, or empty if this provider has none with that id
     */
    default Optional<InstanceType> instanceType(String id) {
        Objects.requireNonNull(id, "id");
        return instanceTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
