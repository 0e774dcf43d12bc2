/**
 * The compatibility test kit every cloud provider module runs: extend {@link
 * io.devopssim.cloud.testkit.CloudProviderContract} and return the provider's factory.
 */
package io.devopssim.cloud.testkit;
