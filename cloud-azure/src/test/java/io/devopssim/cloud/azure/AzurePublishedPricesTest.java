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

/** Pins figures to the sources the catalogue cites; every Azure price is marked an estimate. */
class AzurePublishedPricesTest {

    private final CloudProviders providers = CloudProviders.of(new AzureProviderFactory());

    @ParameterizedTest
    @CsvSource({
        "azure/eastus/standard_d2s_v5, 0.096, azure-retail-fixtures",
        "azure/westeurope/standard_d2s_v5, 0.115, azure-retail-fixtures",
        "azure/eastus/standard_d4s_v5, 0.192, azure-linear-estimate",
        "azure/westeurope/standard_d8s_v5, 0.46, azure-linear-estimate"
    })
    void resolve_price_matchesCitedSourceAndIsAnEstimate(
            String reference, double price, String source) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.pricePerHour()).isEqualTo(price);
        assertThat(offer.price().source()).isEqualTo(source);
        assertThat(offer.price().estimate()).isTrue();
    }

    @Test
    void billing_fromJune2025_perSecondWithFiveMinuteMinimum() {
        Billing billing = providers.get("azure").billing();

        assertThat(billing).isEqualTo(new Billing(1, 300, "azure-billing"));
        assertThat(billing.chargedSeconds(90)).isEqualTo(300);
    }

    @Test
    void resolve_regionWithoutPrices_isAnError() {
        assertThatThrownBy(() -> providers.resolve("azure/japaneast/standard_d2s_v5"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessageContaining("azure/japaneast");
    }
}
