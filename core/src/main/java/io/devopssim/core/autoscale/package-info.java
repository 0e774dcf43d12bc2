/**
 * Scaling policies: the {@link io.devopssim.core.autoscale.Autoscaler} extension point, the inputs
 * it sees, and the Kubernetes HorizontalPodAutoscaler policy.
 */
package io.devopssim.core.autoscale;
