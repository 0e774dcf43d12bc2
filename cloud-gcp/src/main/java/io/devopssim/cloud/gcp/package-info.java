/**
 * Google Cloud for the cloud-provider SPI, read from {@code catalog.json} in this package.
 *
 * <p>Every figure in the catalogue cites a source with its URL and the date it was read; figures
 * not read from a source are marked as estimates. SOURCES.md in the module lists what came from
 * where.
 */
package io.devopssim.cloud.gcp;
