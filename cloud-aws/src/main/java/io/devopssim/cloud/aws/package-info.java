/**
 * Amazon Web Services for the cloud-provider SPI, read from {@code catalog.json} in this package.
 *
 * <p>Every figure in the catalogue cites a source with its URL and the date it was read.
 */
package io.devopssim.cloud.aws;
