package io.devopssim.cloud.gcp;

import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviderFactory;

/** Creates the {@code gcp} provider; registered for {@link java.util.ServiceLoader}. */
public final class GcpProviderFactory implements CloudProviderFactory {

    /** The provider id. */
    public static final String ID = "gcp";

    /** Creates the factory; the catalogue is read only by {@link #create()}. */
    public GcpProviderFactory() {
        // Nothing to prepare: ServiceLoader instantiates factories eagerly, providers lazily.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CloudProvider create() {
        return new GcpProvider();
    }
}
