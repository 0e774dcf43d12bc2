package io.devopssim.cloud;

import io.devopssim.cloud.fixture.FixtureProviderFactory;
import io.devopssim.cloud.testkit.CloudProviderContract;

class FixtureProviderContractTest extends CloudProviderContract {

    @Override
    protected CloudProviderFactory factory() {
        return new FixtureProviderFactory();
    }
}
