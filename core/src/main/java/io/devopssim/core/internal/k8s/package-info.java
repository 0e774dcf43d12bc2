/**
 * Internal readers of Kubernetes object specs shared by the manifest importer and the scenario
 * reader.
 *
 * <p>Not API: these types may change in any release.
 */
package io.devopssim.core.internal.k8s;
