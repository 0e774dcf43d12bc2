package io.devopssim.core.sim;

import io.devopssim.core.kernel.SimEvent;

/**
 * Reports that the container of one pod crashed and is being restarted in place.
 *
 * @param time when it crashed
 * @param service the service's name
 * @param region the region's id
 * @param location the zone or node the pod runs in
 * @param wasReady whether the pod was serving when it crashed
 */
record PodCrashed(double time, String service, String region, String location, boolean wasReady)
        implements SimEvent {}
