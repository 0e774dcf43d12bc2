package io.devopssim.cloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.BootTime;
import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviderFactory;
import io.devopssim.cloud.InstanceType;
import io.devopssim.cloud.Price;
import io.devopssim.cloud.Region;
import io.devopssim.cloud.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The checks every {@link CloudProvider} must pass; a provider module's test extends this class.
 *
 * <p>Each test reports every violation it finds, not just the first.
 */
public abstract class CloudProviderContract {

    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern RESOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private CloudProvider provider;

    /**
     * Returns the factory of the provider under test.
     *
     * @return the factory, as registered for {@link ServiceLoader}
     */
    protected abstract CloudProviderFactory factory();

    /**
     * Returns the provider under test, created once from {@link #factory()}.
     *
     * @return the provider
     */
    protected final CloudProvider provider() {
        if (provider == null) {
            provider = factory().create();
        }
        return provider;
    }

    @Test
    void factory_creatingProvider_idsAgree() {
        assertThat(provider().id()).isEqualTo(factory().id());
    }

    @Test
    void factory_serviceLoader_findsIt() {
        List<String> registered = new ArrayList<>();
        ServiceLoader.load(CloudProviderFactory.class).stream()
                .forEach(p -> registered.add(p.type().getName()));
        assertThat(registered)
                .as(
                        "factories registered in META-INF/services/%s",
                        CloudProviderFactory.class.getName())
                .contains(factory().getClass().getName());
    }

    @Test
    void ids_everyId_wellFormedAndUnique() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().id()).as("provider id").matches(PROVIDER_ID);
        checkUnique(soft, "region", provider().regions().stream().map(Region::id).toList());
        checkUnique(
                soft,
                "instance type",
                provider().instanceTypes().stream().map(InstanceType::id).toList());
        checkUnique(soft, "source", provider().sources().stream().map(Source::id).toList());
        for (Region region : provider().regions()) {
            checkUnique(soft, "zone of " + region.id(), region.zones());
        }
        soft.assertAll();
    }

    @Test
    void displayNames_everyProviderAndRegion_present() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().displayName()).as("provider display name").isNotBlank();
        for (Region region : provider().regions()) {
            soft.assertThat(region.displayName()).as("display name of " + region.id()).isNotBlank();
        }
        soft.assertAll();
    }

    @Test
    void regions_everyRegion_hasCoordinatesAndZones() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().regions()).as("regions").isNotEmpty();
        for (Region region : provider().regions()) {
            soft.assertThat(region.latitude())
                    .as("latitude of " + region.id())
                    .isBetween(-90.0, 90.0);
            soft.assertThat(region.longitude())
                    .as("longitude of " + region.id())
                    .isBetween(-180.0, 180.0);
            soft.assertThat(region.zones()).as("zones of " + region.id()).isNotEmpty();
        }
        soft.assertAll();
    }

    @Test
    void instanceTypes_everyType_hasResourcesAndCategory() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().instanceTypes()).as("instance types").isNotEmpty();
        for (InstanceType type : provider().instanceTypes()) {
            soft.assertThat(type.vcpus()).as("vcpus of " + type.id()).isPositive();
            soft.assertThat(type.memoryGiB()).as("memory of " + type.id()).isPositive().isFinite();
            soft.assertThat(type.category()).as("category of " + type.id()).isNotNull();
            soft.assertThat(type.family()).as("family of " + type.id()).isNotBlank();
            soft.assertThat(type.architecture()).as("architecture of " + type.id()).isNotBlank();
            soft.assertThat(type.pricesByRegion()).as("regions offering " + type.id()).isNotEmpty();
        }
        soft.assertAll();
    }

    @Test
    void prices_everyListedRegion_positiveFiniteAndKnown() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> regions = new HashSet<>(provider().regions().stream().map(Region::id).toList());
        for (InstanceType type : provider().instanceTypes()) {
            for (Map.Entry<String, Price> entry : type.pricesByRegion().entrySet()) {
                String what = type.id() + " in " + entry.getKey();
                Price price = entry.getValue();
                soft.assertThat(regions).as("region of price of " + what).contains(entry.getKey());
                soft.assertThat(price.onDemandPerHour())
                        .as("on-demand price of " + what)
                        .isPositive()
                        .isFinite();
                price.spotPerHour()
                        .ifPresent(
                                spot ->
                                        soft.assertThat(spot)
                                                .as("spot price of " + what)
                                                .isPositive()
                                                .isFinite());
            }
        }
        soft.assertAll();
    }

    @Test
    void sources_everyCitation_declaredWithHttpsUrlAndDate() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> declared = new HashSet<>();
        for (Source source : provider().sources()) {
            declared.add(source.id());
            soft.assertThat(source.url()).as("url of source " + source.id()).startsWith("https://");
            soft.assertThat(isIsoDate(source.retrieved()))
                    .as("retrieved date of source %s ('%s')", source.id(), source.retrieved())
                    .isTrue();
            soft.assertThat(source.title()).as("title of source " + source.id()).isNotBlank();
        }
        for (Map.Entry<String, String> citation : citations().entrySet()) {
            soft.assertThat(declared)
                    .as("source cited by " + citation.getKey())
                    .contains(citation.getValue());
        }
        soft.assertAll();
    }

    @Test
    void billing_rule_positiveGranularityAndNonNegativeMinimum() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().billing().granularitySeconds())
                .as("billing granularity")
                .isPositive();
        soft.assertThat(provider().billing().minimumSeconds())
                .as("billing minimum")
                .isNotNegative();
        soft.assertAll();
    }

    @Test
    void bootTime_distribution_positiveMedianAndP90AtLeastMedian() {
        BootTime boot = provider().bootTime();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(boot.medianSeconds()).as("boot time median").isPositive().isFinite();
        soft.assertThat(boot.p90Seconds())
                .as("boot time p90")
                .isFinite()
                .isGreaterThanOrEqualTo(boot.medianSeconds());
        soft.assertAll();
    }

    @Test
    void dataTransfer_prices_finiteAndNotNegative() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(provider().dataTransfer().internetEgressPerGiB())
                .as("internet egress")
                .isNotNegative()
                .isFinite();
        soft.assertThat(provider().dataTransfer().interRegionPerGiB())
                .as("inter-region")
                .isNotNegative()
                .isFinite();
        soft.assertAll();
    }

    private Map<String, String> citations() {
        Map<String, String> citations = new java.util.LinkedHashMap<>();
        citations.put("billing", provider().billing().source());
        citations.put("bootTime", provider().bootTime().source());
        citations.put("dataTransfer", provider().dataTransfer().source());
        for (InstanceType type : provider().instanceTypes()) {
            type.pricesByRegion()
                    .forEach(
                            (region, price) ->
                                    citations.put(
                                            "price of " + type.id() + " in " + region,
                                            price.source()));
        }
        return citations;
    }

    private static void checkUnique(SoftAssertions soft, String what, List<String> ids) {
        soft.assertThat(ids).as(what + " ids").doesNotHaveDuplicates();
        for (String id : ids) {
            soft.assertThat(id).as(what + " id").matches(RESOURCE_ID);
        }
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
