package io.devopssim.cloud.digitalocean;

import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviderFactory;

/** Creates the {@code digitalocean} provider; registered for {@link java.util.ServiceLoader}. */
public final class DigitalOceanProviderFactory implements CloudProviderFactory {

    /** The provider id. */
    public static final String ID = "digitalocean";

    /** Creates the factory; the catalogue is read only by {@link #create()}. */
    public DigitalOceanProviderFactory() {
        // Nothing to prepare: ServiceLoader instantiates factories eagerly, providers lazily.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CloudProvider create() {
        return new DigitalOceanProvider();
    }
}
