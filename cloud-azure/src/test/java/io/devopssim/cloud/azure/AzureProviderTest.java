package io.devopssim.cloud.azure;

import io.devopssim.cloud.CloudProviderFactory;
import io.devopssim.cloud.testkit.CloudProviderContract;

class AzureProviderTest extends CloudProviderContract {

    @Override
    protected CloudProviderFactory factory() {
        return new AzureProviderFactory();
    }
}
