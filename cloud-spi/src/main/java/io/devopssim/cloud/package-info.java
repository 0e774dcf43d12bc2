/**
 * The cloud-provider SPI: what a provider offers and charges, how providers are found, and the
 * network latency between regions of any providers.
 *
 * <p>Start at {@link io.devopssim.cloud.CloudProviders}: {@code
 * CloudProviders.discover().resolve("aws/us-east-1/m5.large")} returns the offer with its price.
 */
package io.devopssim.cloud;
