/**
 * Scaling policies: the {@link io.devopssim.core.autoscale.Autoscaler} extension point, the inputs
 * it sees, the Kubernetes HorizontalPodAutoscaler policy, and the predictive policy that scales
 * above it ahead of forecast load.
 */
package io.devopssim.core.autoscale;
