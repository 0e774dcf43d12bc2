/** DigitalOcean as a cloud provider: regions, instance types and their prices. */
module io.devopssim.cloud.digitalocean {
    requires io.devopssim.cloud;

    // The catalogue lives in this package; CatalogProvider reads it from io.devopssim.cloud.
    opens io.devopssim.cloud.digitalocean to
            io.devopssim.cloud;

    provides io.devopssim.cloud.CloudProviderFactory with
            io.devopssim.cloud.digitalocean.DigitalOceanProviderFactory;
}
