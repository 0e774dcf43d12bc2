package io.devopssim.cloud;

import java.util.List;
import java.util.Optional;

/** Finds a region and instance type of one provider, explaining what is wrong when it cannot. */
final class OfferResolver {

    private OfferResolver() {}

    static InstanceOffer resolve(CloudProvider provider, String regionId, String typeId) {
        Region region =
                provider.region(regionId).orElseThrow(() -> unknownRegion(provider, regionId));
        InstanceType type =
                provider.instanceType(typeId)
                        .orElseThrow(() -> unknownType(provider, region, typeId));
        Optional<Price> price = type.priceIn(region.id());
        if (price.isEmpty()) {
            throw notOffered(provider, region, type);
        }
        return new InstanceOffer(provider, region, type, price.get());
    }

    private static UnknownCloudResourceException unknownRegion(CloudProvider provider, String id) {
        List<String> known = provider.regions().stream().map(Region::id).toList();
        List<String> matches = CloseMatches.find(id, known);
        return new UnknownCloudResourceException(
                "unknown region '"
                        + id
                        + "' in "
                        + provider.id()
                        + CloseMatches.hint(matches, known),
                matches);
    }

    private static UnknownCloudResourceException unknownType(
            CloudProvider provider, Region region, String id) {
        List<String> known = provider.instanceTypes().stream().map(InstanceType::id).toList();
        List<String> matches = CloseMatches.find(id, known);
        return new UnknownCloudResourceException(
                "unknown instance type '"
                        + id
                        + "' in "
                        + provider.id()
                        + "/"
                        + region.id()
                        + CloseMatches.hint(matches, known),
                matches);
    }

    private static UnknownCloudResourceException notOffered(
            CloudProvider provider, Region region, InstanceType type) {
        List<String> offeredIn =
                provider.regions().stream()
                        .map(Region::id)
                        .filter(r -> type.pricesByRegion().containsKey(r))
                        .toList();
        return new UnknownCloudResourceException(
                "instance type '"
                        + type.id()
                        + "' is not offered in "
                        + provider.id()
                        + "/"
                        + region.id()
                        + "; it is offered in "
                        + String.join(", ", offeredIn),
                offeredIn);
    }
}
