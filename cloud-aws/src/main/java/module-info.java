/** Amazon Web Services as a cloud provider: regions, EC2 instance types and their prices. */
module io.devopssim.cloud.aws {
    requires io.devopssim.cloud;

    // The catalogue lives in this package; CatalogProvider reads it from io.devopssim.cloud.
    opens io.devopssim.cloud.aws to
            io.devopssim.cloud;

    provides io.devopssim.cloud.CloudProviderFactory with
            io.devopssim.cloud.aws.AwsProviderFactory;
}
