package io.devopssim.cloud.gcp;

import io.devopssim.cloud.CloudProviderFactory;
import io.devopssim.cloud.testkit.CloudProviderContract;

class GcpProviderTest extends CloudProviderContract {

    @Override
    protected CloudProviderFactory factory() {
        return new GcpProviderFactory();
    }
}
