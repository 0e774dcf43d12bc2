package io.devopssim.cloud.azure;

import io.devopssim.cloud.CatalogProvider;

/**
 * Microsoft Azure: eight regions in the US, Europe and Asia, and Dsv5 sizes priced in East US and
 * West Europe.
 *
 * <p><b>Limitations.</b> Every price is marked as an estimate: the Azure Retail Prices API could
 * not be read from an official copy, so D2s v5 comes from public copies of API rows and the larger
 * Dsv5 sizes are scaled from it. The other six regions have coordinates and zones but no prices;
 * the F and E series are missing. Billing minimum, data transfer and boot time are estimates.
 */
final class AzureProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/azure/catalog.json";

    AzureProvider() {
        super(CATALOG);
    }
}
