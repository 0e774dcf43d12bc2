package io.devopssim.cloud.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.cloud.UnknownCloudResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins figures to the sources the catalogue cites (see SOURCES.md and catalog.json). */
class GcpPublishedPricesTest {

    private final CloudProviders providers = CloudProviders.of(new GcpProviderFactory());

    /** Linux on-demand and Spot prices read from the gcpinstances.info export of May 2026. */
    @ParameterizedTest
    @CsvSource({
        "gcp/us-central1/n2-standard-2, 0.097118, 0.03142",
        "gcp/europe-west1/e2-standard-4, 0.147431, 0.061904",
        "gcp/europe-west3/n2-standard-16, 1.000992, 0.3816",
        "gcp/asia-northeast1/n2-highmem-8, 0.67176, 0.16792",
        "gcp/us-east4/c3-standard-8, 0.403216, 0.111856"
    })
    void resolve_publishedPrice_matchesCitedSource(String reference, double price, double spot) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.pricePerHour()).isEqualTo(price);
        assertThat(offer.price().spotPerHour()).hasValue(spot);
        assertThat(offer.price().source()).isEqualTo("gcp-pricing-json");
        assertThat(offer.price().estimate()).isFalse();
    }

    @Test
    void billing_vmInstances_perSecondWithOneMinuteMinimum() {
        Billing billing = providers.get("gcp").billing();

        assertThat(billing).isEqualTo(new Billing(1, 60, "gcp-vm-pricing"));
    }

    @Test
    void resolve_spotPriceNotRead_hasNoSpotPrice() {
        InstanceOffer offer = providers.resolve("gcp/europe-west1/c3-standard-4");

        assertThat(offer.pricePerHour()).isEqualTo(0.221991);
        assertThat(offer.price().spotPerHour()).isEmpty();
    }

    @Test
    void resolve_typeNotPricedInRegion_isAnError() {
        assertThatThrownBy(() -> providers.resolve("gcp/europe-west4/n2-highmem-2"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessageContaining("n2-highmem-2")
                .hasMessageContaining("gcp/europe-west4");
    }

    @Test
    void regions_usCentral1_hasItsFourZones() {
        var region =
                providers.get("gcp").regions().stream()
                        .filter(r -> r.id().equals("us-central1"))
                        .findFirst()
                        .orElseThrow();

        assertThat(region.zones())
                .containsExactly(
                        "us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f");
    }
}
