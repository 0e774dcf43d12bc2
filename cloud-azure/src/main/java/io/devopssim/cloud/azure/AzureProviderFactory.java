package io.devopssim.cloud.azure;

import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviderFactory;

/** Creates the {@code azure} provider; registered for {@link java.util.ServiceLoader}. */
public final class AzureProviderFactory implements CloudProviderFactory {

    /** The provider id. */
    public static final String ID = "azure";

    /** Creates the factory; the catalogue is read only by {@link #create()}. */
    public AzureProviderFactory() {
        // Nothing to prepare: ServiceLoader instantiates factories eagerly, providers lazily.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CloudProvider create() {
        return new AzureProvider();
    }
}
