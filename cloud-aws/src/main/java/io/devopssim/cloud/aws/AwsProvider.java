package io.devopssim.cloud.aws;

import io.devopssim.cloud.CatalogProvider;

/**
 * Amazon Web Services: seven regions in the US, Europe and Asia, and the m5, m6i, m7g, c6i, r6i and
 * t3 families in sizes large to 4xlarge.
 *
 * <p><b>Limitations.</b> Prices are Linux on-demand list prices, every listed size priced in all
 * seven regions; spot prices are not included. Data-transfer prices are the US East rates. The boot
 * time p90 is an estimate.
 */
final class AwsProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/aws/catalog.json";

    AwsProvider() {
        super(CATALOG);
    }
}
