package io.devopssim.cloud.aws;

import io.devopssim.cloud.CatalogProvider;

/**
 * Amazon Web Services: seven regions in the US, Europe and Asia, and the m5, m6i, m7g, c6i, r6i and
 * t3 families in sizes large to 4xlarge.
 *
 * <p><b>Limitations.</b> Prices are Linux on-demand list prices; spot prices are not included. m6i,
 * m7g, r6i and t3 are priced in us-east-1 only, and m5.2xlarge is not priced in ap-southeast-1 and
 * ap-northeast-1, because those figures were not read from a cited source. Data-transfer prices are
 * the US East rates. The boot time p90 is an estimate.
 */
final class AwsProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/aws/catalog.json";

    AwsProvider() {
        super(CATALOG);
    }
}
