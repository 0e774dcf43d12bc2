package io.devopssim.cloud;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Returns the cloud providers available to an application and resolves references to offers.
 *
 * <p>Factories are found once, by {@link #discover()} or given explicitly to {@link #of}; two
 * factories with the same id fail at once, naming every provider found. Each provider is created
 * the first time it is asked for and then cached. Instances are thread-safe.
 */
public final class CloudProviders {

    private final Map<String, CloudProviderFactory> factories;
    private final ConcurrentMap<String, CloudProvider> providers = new ConcurrentHashMap<>();

    private CloudProviders(List<CloudProviderFactory> found) {
        this.factories = Collections.unmodifiableMap(byId(found));
    }

    /**
     * Returns the providers whose factories {@link ServiceLoader} finds.
     *
     * @return the discovered providers, not yet created
     * @throws CloudCatalogException if two factories share an id
     */
    public static CloudProviders discover() {
        List<CloudProviderFactory> found = new ArrayList<>();
        ServiceLoader.load(CloudProviderFactory.class).forEach(found::add);
        return new CloudProviders(found);
    }

    /**
     * Returns the providers of the given factories, without discovery.
     *
     * @param factories the factories to register
     * @return the registered providers, not yet created
     * @throws CloudCatalogException if two factories share an id
     */
    public static CloudProviders of(CloudProviderFactory... factories) {
        List<CloudProviderFactory> list = new ArrayList<>();
        for (CloudProviderFactory factory : factories) {
            list.add(Objects.requireNonNull(factory, "factory"));
        }
        return new CloudProviders(list);
    }

    /**
     * Returns the ids of all registered providers.
     *
     * @return the ids, sorted
     */
    public Set<String> ids() {
        return factories.keySet();
    }

    /**
     * Returns the provider with the given id, creating it on first use.
     *
     * @param id a provider id such as {@code aws}
     * @return the provider
     * @throws UnknownCloudResourceException if no provider has that id
     * @throws CloudCatalogException if the provider cannot be created
     */
    public CloudProvider get(String id) {
        Objects.requireNonNull(id, "id");
        CloudProviderFactory factory = factories.get(id);
        if (factory == null) {
            List<String> matches = CloseMatches.find(id, ids());
            throw new UnknownCloudResourceException(
                    "unknown cloud provider '" + id + "'" + CloseMatches.hint(matches, ids()),
                    matches);
        }
        return providers.computeIfAbsent(id, key -> create(factory));
    }

    /**
     * Resolves a reference such as {@code aws/us-east-1/m5.large} to the offer and its price.
     *
     * @param reference provider, region and instance type ids separated by slashes
     * @return the offer
     * @throws CloudCatalogException if the reference is malformed
     * @throws UnknownCloudResourceException if the provider, region or instance type is unknown, or
     *     the type is not offered in the region
     */
    public InstanceOffer resolve(String reference) {
        Objects.requireNonNull(reference, "reference");
        String[] parts = reference.split("/", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new CloudCatalogException(
                    "malformed instance reference '"
                            + reference
                            + "': expected provider/region/instance-type, e.g."
                            + " aws/us-east-1/m5.large");
        }
        return OfferResolver.resolve(get(parts[0]), parts[1], parts[2]);
    }

    private static CloudProvider create(CloudProviderFactory factory) {
        CloudProvider provider = factory.create();
        if (provider == null || !factory.id().equals(provider.id())) {
            throw new CloudCatalogException(
                    "cloud provider factory "
                            + factory.getClass().getName()
                            + " has id '"
                            + factory.id()
                            + "' but created a provider with id '"
                            + (provider == null ? null : provider.id())
                            + "'");
        }
        return provider;
    }

    private static Map<String, CloudProviderFactory> byId(List<CloudProviderFactory> found) {
        Map<String, List<CloudProviderFactory>> grouped =
                found.stream()
                        .collect(
                                Collectors.groupingBy(
                                        CloudProviderFactory::id,
                                        TreeMap::new,
                                        Collectors.toList()));
        List<String> duplicated =
                grouped.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::getKey)
                        .toList();
        if (!duplicated.isEmpty()) {
            throw new CloudCatalogException(
                    "duplicate cloud provider id(s) "
                            + duplicated
                            + "; each id must be provided once. Providers found: "
                            + describe(found));
        }
        Map<String, CloudProviderFactory> byId = new TreeMap<>();
        grouped.forEach((id, list) -> byId.put(id, list.get(0)));
        return byId;
    }

    private static String describe(List<CloudProviderFactory> found) {
        return found.stream()
                .map(f -> f.id() + " (" + f.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }
}
