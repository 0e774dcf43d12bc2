package io.devopssim.cloud.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.cloud.UnknownCloudResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins figures to the sources the catalogue cites. */
class AzurePublishedPricesTest {

    private final CloudProviders providers = CloudProviders.of(new AzureProviderFactory());

    /** Prices read from the Karpenter Azure pricing table (Azure Retail Prices API, 2023-12-18). */
    @ParameterizedTest
    @CsvSource({
        "azure/eastus/standard_d2s_v5, 0.096",
        "azure/westeurope/standard_d2s_v5, 0.115",
        "azure/eastus/standard_d8s_v5, 0.384",
        "azure/westeurope/standard_d4s_v5, 0.23",
        "azure/eastus/standard_f2s_v2, 0.0846",
        "azure/westeurope/standard_f8s_v2, 0.388",
        "azure/eastus/standard_e4s_v5, 0.252",
        "azure/westeurope/standard_e2s_v5, 0.152",
        "azure/japaneast/standard_d2s_v5, 0.124",
        "azure/northeurope/standard_e8s_v5, 0.564",
        "azure/germanywestcentral/standard_f4s_v2, 0.194"
    })
    void resolve_citedPrice_matchesKarpenterTable(String reference, double price) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.pricePerHour()).isEqualTo(price);
        assertThat(offer.price().source()).isEqualTo("karpenter-azure-pricing");
        assertThat(offer.price().estimate()).isFalse();
    }

    /** Spot: SkyPilot's SpotPrice column, one row per size and region (US regions only). */
    @ParameterizedTest
    @CsvSource({"azure/eastus/standard_d2s_v5, 0.01056", "azure/westus2/standard_f8s_v2, 0.04394"})
    void resolve_spot_matchesSkyPilotSpotPrice(String reference, double spot) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.price().spotPerHour()).hasValue(spot);
        assertThat(offer.price().source()).isEqualTo("karpenter-azure-pricing");
    }

    @Test
    void resolve_regionOutsideUs_hasNoSpotPrice() {
        InstanceOffer offer = providers.resolve("azure/westeurope/standard_d2s_v5");

        assertThat(offer.price().spotPerHour()).isEmpty();
    }

    @Test
    void billing_fromJune2025_perSecondWithFiveMinuteMinimum() {
        Billing billing = providers.get("azure").billing();

        assertThat(billing).isEqualTo(new Billing(1, 300, "azure-billing"));
        assertThat(billing.chargedSeconds(90)).isEqualTo(300);
    }

    @Test
    void resolve_regionNotInCatalogue_isAnError() {
        assertThatThrownBy(() -> providers.resolve("azure/uksouth/standard_d2s_v5"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessageContaining("uksouth");
    }
}
