package io.devopssim.cloud.gcp;

import io.devopssim.cloud.CatalogProvider;

/**
 * Google Cloud: nine regions in the US, Europe and Asia, and the e2-standard, n2-standard,
 * n2-highmem and c3-standard machine types in several sizes.
 *
 * <p><b>Limitations.</b> Prices are Linux on-demand and Spot VM list prices from a May 2026 export
 * of the Cloud Billing Catalog; Spot prices change often. n2-highmem-2 is not priced in
 * europe-west4, asia-southeast1 and asia-northeast1, and c3-standard-4 has no Spot price in
 * europe-west1, because those figures were not read. Data-transfer prices and the boot time are
 * estimates.
 */
final class GcpProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/gcp/catalog.json";

    GcpProvider() {
        super(CATALOG);
    }
}
