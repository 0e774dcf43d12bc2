package io.devopssim.cloud.aws;

import io.devopssim.cloud.CloudProviderFactory;
import io.devopssim.cloud.testkit.CloudProviderContract;

class AwsProviderTest extends CloudProviderContract {

    @Override
    protected CloudProviderFactory factory() {
        return new AwsProviderFactory();
    }
}
