package io.devopssim.core.sim;

import io.devopssim.core.autoscale.Autoscaler;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ServiceModel;

/**
 * Everything a service needs before a run starts, resolved and checked once.
 *
 * @param model the service's description
 * @param workload its load
 * @param autoscaler its autoscaler, or null for a fixed replica count
 * @param bindings the source of each of the autoscaler's metrics
 * @param syncPeriodSeconds how often the autoscaler runs
 * @param price what one replica costs
 */
record ServiceSetup(
        ServiceModel model,
        Workload workload,
        Autoscaler autoscaler,
        MetricBinding[] bindings,
        double syncPeriodSeconds,
        ReplicaPrice price) {}
