/**
 * Import of real Kubernetes manifests (Deployment {@code apps/v1}, HorizontalPodAutoscaler {@code
 * autoscaling/v2}) into the cluster model.
 */
package io.devopssim.core.k8s;
