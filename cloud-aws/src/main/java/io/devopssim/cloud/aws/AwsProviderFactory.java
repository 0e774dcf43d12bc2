package io.devopssim.cloud.aws;

import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviderFactory;

/** Creates the {@code aws} provider; registered for {@link java.util.ServiceLoader}. */
public final class AwsProviderFactory implements CloudProviderFactory {

    /** The provider id. */
    public static final String ID = "aws";

    /** Creates the factory; the catalogue is read only by {@link #create()}. */
    public AwsProviderFactory() {
        // Nothing to prepare: ServiceLoader instantiates factories eagerly, providers lazily.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CloudProvider create() {
        return new AwsProvider();
    }
}
