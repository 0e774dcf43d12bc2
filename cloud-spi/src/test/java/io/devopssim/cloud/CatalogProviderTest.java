package io.devopssim.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.cloud.fixture.FixtureProvider;
import org.junit.jupiter.api.Test;

class CatalogProviderTest {

    @Test
    void constructor_validCatalogue_readsEveryField() {
        CloudProvider provider = new FixtureProvider(FixtureProvider.CATALOG);

        assertThat(provider.id()).isEqualTo("fixture");
        assertThat(provider.regions())
                .extracting(Region::id)
                .containsExactly("us-east-1", "eu-west-1");
        assertThat(provider.region("us-east-1").orElseThrow().zones())
                .containsExactly("us-east-1a", "us-east-1b");
        assertThat(provider.instanceType("c6i.large").orElseThrow().category())
                .isEqualTo(Category.COMPUTE_OPTIMISED);
        assertThat(provider.instanceType("m5.xlarge").orElseThrow().priceIn("eu-west-1"))
                .hasValueSatisfying(p -> assertThat(p.onDemandPerHour()).isEqualTo(0.22));
        assertThat(provider.billing()).isEqualTo(new Billing(1, 60, "fixture-prices"));
        assertThat(provider.bootTime()).isEqualTo(new BootTime(40, 70, "fixture-prices", true));
        assertThat(provider.dataTransfer().internetEgressPerGiB()).isEqualTo(0.09);
    }

    @Test
    void constructor_invalidCatalogue_reportsEveryProblemWithItsPath() {
        String resource = "/io/devopssim/cloud/fixture/invalid-catalog.json";

        assertThatThrownBy(() -> new FixtureProvider(resource))
                .isInstanceOf(CloudCatalogException.class)
                .hasMessageContaining("invalid cloud catalogue " + resource + ", 9 problem(s)")
                .hasMessageContaining("$.provider: expected an id matching")
                .hasMessageContaining("$.sources[0].url: expected an https:// URL")
                .hasMessageContaining("$.billing.source: unknown source 'nowhere'")
                .hasMessageContaining("$.bootTime.p90Seconds: expected at least medianSeconds")
                .hasMessageContaining("$.regions[0].latitude: expected a number in [-90.0, 90.0]")
                .hasMessageContaining("$.regions[1].zones: expected at least one zone")
                .hasMessageContaining("$.instanceTypes[0].category: expected one of")
                .hasMessageContaining("$.instanceTypes[1].prices.mars-1: unknown region 'mars-1'")
                .hasMessageContaining(
                        "$.instanceTypes[2].prices.us-east-1.onDemand: expected a number in");
    }

    @Test
    void constructor_missingResource_namesIt() {
        assertThatThrownBy(() -> new FixtureProvider("/no/such/catalog.json"))
                .isInstanceOf(CloudCatalogException.class)
                .hasMessageContaining("/no/such/catalog.json not found");
    }
}
