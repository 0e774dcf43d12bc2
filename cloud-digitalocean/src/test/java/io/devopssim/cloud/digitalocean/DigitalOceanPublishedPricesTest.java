package io.devopssim.cloud.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.cloud.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins figures to the sources the catalogue cites (see SOURCES.md and catalog.json). */
class DigitalOceanPublishedPricesTest {

    private final CloudProviders providers = CloudProviders.of(new DigitalOceanProviderFactory());

    /** Hourly prices from the /v2/sizes API: one list price for every region. */
    @ParameterizedTest
    @CsvSource({
        "digitalocean/nyc3/s-2vcpu-4gb, 0.03571",
        "digitalocean/sgp1/s-1vcpu-1gb, 0.00893",
        "digitalocean/fra1/s-8vcpu-16gb, 0.14286",
        "digitalocean/sfo3/g-2vcpu-8gb, 0.09375"
    })
    void resolve_publishedPrice_matchesCitedSource(String reference, double price) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.pricePerHour()).isEqualTo(price);
        assertThat(offer.price().source()).isEqualTo("do-sizes-api");
        assertThat(offer.price().estimate()).isFalse();
        assertThat(offer.price().spotPerHour()).isEmpty();
    }

    @Test
    void resolve_priceDerivedFromMonthly_isMarkedEstimate() {
        InstanceOffer offer = providers.resolve("digitalocean/lon1/g-4vcpu-16gb");

        assertThat(offer.pricePerHour()).isEqualTo(126.0 / 672);
        assertThat(offer.price().estimate()).isTrue();
    }

    @Test
    void billing_since2026_perSecondWithOneMinuteMinimum() {
        Billing billing = providers.get("digitalocean").billing();

        assertThat(billing).isEqualTo(new Billing(1, 60, "do-droplet-pricing"));
    }

    @Test
    void regions_noAvailabilityZones_oneZoneNamedLikeTheRegion() {
        for (Region region : providers.get("digitalocean").regions()) {
            assertThat(region.zones()).as(region.id()).containsExactly(region.id());
        }
    }
}
