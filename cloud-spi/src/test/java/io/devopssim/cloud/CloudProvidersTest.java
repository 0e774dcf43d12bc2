package io.devopssim.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.devopssim.cloud.fixture.FixtureProviderFactory;
import io.devopssim.cloud.fixture.OtherFixtureFactory;
import org.junit.jupiter.api.Test;

class CloudProvidersTest {

    private final FixtureProviderFactory factory = new FixtureProviderFactory();
    private final CloudProviders providers = CloudProviders.of(factory);

    @Test
    void of_twoFactoriesWithSameId_failsListingBoth() {
        assertThatThrownBy(() -> CloudProviders.of(factory, new OtherFixtureFactory()))
                .isInstanceOf(CloudCatalogException.class)
                .hasMessageContaining("duplicate cloud provider id(s) [fixture]")
                .hasMessageContaining(FixtureProviderFactory.class.getName())
                .hasMessageContaining(OtherFixtureFactory.class.getName());
    }

    @Test
    void discover_fixtureRegistered_findsFixture() {
        assertThat(CloudProviders.discover().ids()).containsExactly("fixture");
    }

    @Test
    void get_beforeAndAfterUse_createsProviderOnceLazily() {
        assertThat(factory.created()).isZero();

        CloudProvider first = providers.get("fixture");
        CloudProvider second = providers.get("fixture");

        assertThat(first).isSameAs(second);
        assertThat(factory.created()).isEqualTo(1);
    }

    @Test
    void get_factoryIdDisagreesWithProvider_fails() {
        CloudProviders mismatched = CloudProviders.of(new FixtureProviderFactory("other"));

        assertThatThrownBy(() -> mismatched.get("other"))
                .isInstanceOf(CloudCatalogException.class)
                .hasMessageContaining("has id 'other' but created a provider with id 'fixture'");
    }

    @Test
    void resolve_knownReference_returnsOfferWithPrice() {
        InstanceOffer offer = providers.resolve("fixture/us-east-1/m5.large");

        assertThat(offer.pricePerHour()).isEqualTo(0.1);
        assertThat(offer.price().spotPerHour()).hasValue(0.03);
        assertThat(offer.region().displayName()).isEqualTo("Fixture East");
        assertThat(offer.instanceType().vcpus()).isEqualTo(2);
        assertThat(offer.reference()).isEqualTo("fixture/us-east-1/m5.large");
    }

    @Test
    void resolve_mistypedInstanceType_listsCloseMatches() {
        UnknownCloudResourceException e =
                catchThrowableOfType(
                        UnknownCloudResourceException.class,
                        () -> providers.resolve("fixture/us-east-1/m5.larg"));

        assertThat(e)
                .hasMessage(
                        "unknown instance type 'm5.larg' in fixture/us-east-1;"
                                + " did you mean m5.large, m5.xlarge?");
        assertThat(e.suggestions()).containsExactly("m5.large", "m5.xlarge");
    }

    @Test
    void resolve_mistypedRegion_listsCloseMatches() {
        assertThatThrownBy(() -> providers.resolve("fixture/us-east-2/m5.large"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessage("unknown region 'us-east-2' in fixture; did you mean us-east-1?");
    }

    @Test
    void resolve_mistypedProvider_listsCloseMatches() {
        assertThatThrownBy(() -> providers.resolve("fixtur/us-east-1/m5.large"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessage("unknown cloud provider 'fixtur'; did you mean fixture?");
    }

    @Test
    void resolve_nothingClose_listsEverythingKnown() {
        assertThatThrownBy(() -> providers.resolve("gcp/us-east-1/m5.large"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessage("unknown cloud provider 'gcp'; known: fixture");
    }

    @Test
    void resolve_typeNotOfferedInRegion_saysWhereItIs() {
        assertThatThrownBy(() -> providers.resolve("fixture/eu-west-1/c6i.large"))
                .isInstanceOf(UnknownCloudResourceException.class)
                .hasMessage(
                        "instance type 'c6i.large' is not offered in fixture/eu-west-1;"
                                + " it is offered in us-east-1");
    }

    @Test
    void resolve_malformedReference_explainsExpectedForm() {
        assertThatThrownBy(() -> providers.resolve("fixture/m5.large"))
                .isInstanceOf(CloudCatalogException.class)
                .hasMessageContaining("malformed instance reference 'fixture/m5.large'")
                .hasMessageContaining("provider/region/instance-type");
    }
}
