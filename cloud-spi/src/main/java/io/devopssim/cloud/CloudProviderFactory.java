package io.devopssim.cloud;

/**
 * Creates a {@link CloudProvider}; the small, cheap object that {@link java.util.ServiceLoader}
 * loads.
 *
 * <p>Implementations register through {@code provides io.devopssim.cloud.CloudProviderFactory with
 * ...} in {@code module-info.java} and a {@code
 * META-INF/services/io.devopssim.cloud.CloudProviderFactory} file. Creating the provider (which may
 * read a catalogue) is deferred until {@link CloudProviders} first needs it.
 */
public interface CloudProviderFactory {

    /**
     * Returns the id of the provider this factory creates, equal to {@link CloudProvider#id()}.
     *
     * @return the provider id, e.g. {@code aws}
     */
    String id();

    /**
     * Creates the provider.
     *
     * @return a new provider whose id equals {@link #id()}
     * @throws CloudCatalogException if the provider's data cannot be read or is invalid
     */
    CloudProvider create();
}
