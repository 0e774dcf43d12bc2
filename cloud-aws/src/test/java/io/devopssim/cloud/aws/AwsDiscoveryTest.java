package io.devopssim.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.CloudProviders;
import org.junit.jupiter.api.Test;

class AwsDiscoveryTest {

    @Test
    void discover_onlyCloudAwsOnClassPath_findsExactlyAws() {
        CloudProviders providers = CloudProviders.discover();

        assertThat(providers.ids()).containsExactly("aws");
        assertThat(providers.get("aws").displayName()).isEqualTo("Amazon Web Services");
    }

    @Test
    void discover_resolvingReference_returnsListPrice() {
        assertThat(CloudProviders.discover().resolve("aws/us-east-1/m5.large").pricePerHour())
                .isEqualTo(0.096);
    }
}
