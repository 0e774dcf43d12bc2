package io.devopssim.core.sim;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.CloudCatalogException;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.core.SimulationException;

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
    public synchronized ReplicaPrice price(String provider, String region, String instanceType) {
        if (providers == null) {
            providers = CloudProviders.discover();
        }
        String reference = provider + "/" + region + "/" + instanceType;
        try {
            InstanceOffer offer = providers.resolve(reference);
            Billing billing = offer.provider().billing();
            return new ReplicaPrice(
                    offer.pricePerHour(),
                    billing.granularitySeconds(),
                    billing.minimumSeconds(),
                    reference + " on-demand, " + offer.price().source());
        } catch (CloudCatalogException e) {
            throw new SimulationException(e.getMessage(), e);
        }
    }
}
