/**
 * What a cloud provider is: regions, instance types, prices, billing, boot times and latency.
 *
 * <p>Providers are found through {@link java.util.ServiceLoader} by their {@link
 * io.devopssim.cloud.CloudProviderFactory}. A provider module built on {@link
 * io.devopssim.cloud.CatalogProvider} must open the package holding its catalogue to this module
 * ({@code opens io.devopssim.cloud.aws to io.devopssim.cloud;}) so the catalogue can be read.
 */
module io.devopssim.cloud {
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.text;

    exports io.devopssim.cloud;

    uses io.devopssim.cloud.CloudProviderFactory;
}
