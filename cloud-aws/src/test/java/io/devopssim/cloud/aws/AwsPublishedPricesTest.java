package io.devopssim.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.cloud.Billing;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.InstanceOffer;
import io.devopssim.cloud.Price;
import io.devopssim.cloud.UnknownCloudResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins figures to the sources the catalogue cites (see the sources in catalog.json). */
class AwsPublishedPricesTest {

    private final CloudProviders providers = CloudProviders.of(new AwsProviderFactory());

    /** Prices read from the SkyPilot AWS catalogue (us-east-1 also equals the Karpenter table). */
    @ParameterizedTest
    @CsvSource({
        "aws/us-east-1/m5.large, 0.096, skypilot-aws-vms",
        "aws/eu-central-1/m5.large, 0.115, skypilot-aws-vms",
        "aws/ap-northeast-1/m5.4xlarge, 0.992, skypilot-aws-vms",
        "aws/eu-west-1/c6i.xlarge, 0.1824, skypilot-aws-vms",
        "aws/ap-southeast-1/c6i.2xlarge, 0.392, skypilot-aws-vms",
        "aws/us-east-1/r6i.large, 0.126, skypilot-aws-vms",
        "aws/us-east-1/m7g.large, 0.0816, skypilot-aws-vms",
        "aws/us-east-1/t3.large, 0.0832, skypilot-aws-vms",
        "aws/eu-west-1/r6i.large, 0.141, skypilot-aws-vms",
        "aws/ap-northeast-1/m7g.xlarge, 0.2108, skypilot-aws-vms",
        "aws/eu-central-1/m6i.4xlarge, 0.92, skypilot-aws-vms",
        "aws/ap-southeast-1/t3.2xlarge, 0.4224, skypilot-aws-vms",
        "aws/ap-southeast-1/m5.2xlarge, 0.48, skypilot-aws-vms"
    })
    void resolve_publishedPrice_matchesCitedSource(String reference, double price, String source) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.pricePerHour()).isEqualTo(price);
        assertThat(offer.price().source()).isEqualTo(source);
        assertThat(offer.price().estimate()).isFalse();
    }

    /** Spot: mean of the SkyPilot SpotPrice rows of the region's availability zones. */
    @ParameterizedTest
    @CsvSource({
        "aws/us-east-1/m6i.large, 0.0356",
        "aws/eu-west-1/m6i.4xlarge, 0.3763",
        "aws/ap-northeast-1/m6i.xlarge, 0.0949",
        "aws/us-east-1/m5.large, 0.0328",
        "aws/eu-west-1/c6i.xlarge, 0.0793",
        "aws/ap-southeast-1/r6i.4xlarge, 0.6492",
        "aws/us-west-2/m5.2xlarge, 0.1517"
    })
    void resolve_spot_isMeanOfSkyPilotZoneRows(String reference, double spot) {
        InstanceOffer offer = providers.resolve(reference);

        assertThat(offer.price().spotPerHour()).hasValue(spot);
        assertThat(offer.price().source()).isEqualTo("skypilot-aws-vms");
    }

    @Test
    void offers_everyListedTypeAndRegion_hasSpotBelowOnDemand() {
        for (var type : providers.get("aws").instanceTypes()) {
            type.pricesByRegion().forEach((region, price) -> assertSpotBelowOnDemand(price));
        }
    }

    private static void assertSpotBelowOnDemand(Price price) {
        assertThat(price.spotPerHour()).isPresent();
        assertThat(price.spotPerHour().getAsDouble())
                .isPositive()
                .isLessThan(price.onDemandPerHour());
    }

    @Test
    void billing_linuxOnDemand_perSecondWithOneMinuteMinimum() {
        Billing billing = providers.get("aws").billing();

        assertThat(billing).isEqualTo(new Billing(1, 60, "aws-billing-per-second"));
        assertThat(billing.chargedSeconds(90.4)).isEqualTo(91);
    }

    @Test
    void dataTransfer_usEast_publishedRates() {
        var transfer = providers.get("aws").dataTransfer();

        assertThat(transfer.internetEgressPerGiB()).isEqualTo(0.09);
        assertThat(transfer.interRegionPerGiB()).isEqualTo(0.02);
    }

    @Test
    void offers_newerFamilies_pricedInAllSevenRegions() {
        var aws = providers.get("aws");

        for (String type : new String[] {"m6i.large", "m7g.4xlarge", "r6i.2xlarge", "t3.xlarge"}) {
            assertThat(aws.instanceType(type).orElseThrow().pricesByRegion())
                    .as(type)
                    .containsOnlyKeys(
                            "us-east-1",
                            "us-east-2",
                            "us-west-2",
                            "eu-west-1",
                            "eu-central-1",
                            "ap-southeast-1",
                            "ap-northeast-1");
        }
    }

    @Test
    void resolve_mistypedInstanceType_suggestsM5Sizes() {
        assertThatThrownBy(() -> providers.resolve("aws/us-east-1/m5.larg"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessage(
                        "unknown instance type 'm5.larg' in aws/us-east-1;"
                                + " did you mean m5.large, m5.xlarge?");
    }
}
