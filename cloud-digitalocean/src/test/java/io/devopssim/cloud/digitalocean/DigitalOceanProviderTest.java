package io.devopssim.cloud.digitalocean;

import io.devopssim.cloud.CloudProviderFactory;
import io.devopssim.cloud.testkit.CloudProviderContract;

class DigitalOceanProviderTest extends CloudProviderContract {

    @Override
    protected CloudProviderFactory factory() {
        return new DigitalOceanProviderFactory();
    }
}
