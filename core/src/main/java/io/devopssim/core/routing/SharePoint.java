package io.devopssim.core.routing;

/**
 * The share of a source's traffic sent to a failed region at one time.
 *
 * @param time simulated seconds
 * @param share the share, in [0, 1]
 */
public record SharePoint(double time, double share) {}
