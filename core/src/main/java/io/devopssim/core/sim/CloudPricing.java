package io.devopssim.core.sim;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.BootTime;
import io.devopssim.cloud.CloudCatalogException;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.cloud.Region;
import io.devopssim.core.model.Distribution;
import java.util.List;
import java.util.Optional;

/**
 * Prices replicas from the cloud catalogues on the class path, with each cloud's billing rules.
 *
 * <p>Catalogues are discovered once, on the first lookup.
 */
final class CloudPricing implements Pricing {

    private CloudProviders providers;

    private CloudPricing() {}

    static Pricing fromClassPath() {
        return new CloudPricing();
    }

    @Override
    public synchronized Optional<Distribution> bootTime(
            String provider, String region, String instanceType) {
        BootTime boot = offer(provider, region, instanceType).provider().bootTime();
        return Optional.of(new Distribution.LogNormal(boot.medianSeconds(), boot.p90Seconds()));
    }

    private InstanceOffer offer(String provider, String region, String instanceType) {
        if (providers == null) {
            providers = CloudProviders.discover();
        }
        try {
            return providers.resolve(provider + "/" + region + "/" + instanceType);
        } catch (CloudCatalogException e) {
            throw new CatalogLookupException(missingField(provider, region), e.getMessage(), e);
        }
    }

    private String missingField(String provider, String region) {
        if (!providers.ids().contains(provider)) {
            return "provider";
        }
        return providers.get(provider).region(region).isEmpty() ? "region" : "instanceType";
    }

    @Override
    public synchronized ReplicaPrice price(String provider, String region, String instanceType) {
        InstanceOffer offer = offer(provider, region, instanceType);
        Billing billing = offer.provider().billing();
        return new ReplicaPrice(
                offer.pricePerHour(),
                billing.granularitySeconds(),
                billing.minimumSeconds(),
                offer.reference() + " on-demand, " + offer.price().source());
    }

    @Override
    public synchronized Optional<Region> region(String provider, String region) {
        return known(provider) ? providers.get(provider).region(region) : Optional.empty();
    }

    @Override
    public synchronized List<String> regionIds(String provider) {
        if (!known(provider)) {
            return List.of();
        }
        return providers.get(provider).regions().stream().map(Region::id).toList();
    }

    private boolean known(String provider) {
        if (providers == null) {
            providers = CloudProviders.discover();
        }
        return providers.ids().contains(provider);
    }
}
