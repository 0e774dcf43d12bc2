package io.devopssim.cloud.azure;

import io.devopssim.cloud.CatalogProvider;

/**
 * Microsoft Azure: eight regions in the US, Europe and Asia, and Dsv5, Fsv2 and Esv5 sizes priced
 * in East US and West Europe.
 *
 * <p><b>Limitations.</b> Prices come from Azure Retail Prices API figures of December 2023 as
 * vendored by the Azure Karpenter provider; West Europe D2s v5 is still an estimate. The other six
 * regions have coordinates and zones but no prices. Billing minimum, data transfer and boot time
 * are estimates.
 */
final class AzureProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/azure/catalog.json";

    AzureProvider() {
        super(CATALOG);
    }
}
