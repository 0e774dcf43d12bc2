package io.devopssim.cloud.digitalocean;

import io.devopssim.cloud.CatalogProvider;

/**
 * DigitalOcean: ten regions in North America, Europe, Asia and Australia, and Basic and General
 * Purpose Droplets in several sizes, at one list price for every region.
 *
 * <p><b>Limitations.</b> DigitalOcean has no availability zones, so each region has one zone named
 * like the region. There are no spot prices. g-4vcpu-16gb is priced from its monthly price over 672
 * hours and marked as an estimate; General Purpose availability per region was not checked. The
 * boot time is an estimate.
 */
final class DigitalOceanProvider extends CatalogProvider {

    static final String CATALOG = "/io/devopssim/cloud/digitalocean/catalog.json";

    DigitalOceanProvider() {
        super(CATALOG);
    }
}
