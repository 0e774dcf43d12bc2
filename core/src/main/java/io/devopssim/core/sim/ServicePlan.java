package io.devopssim.core.sim;

import io.devopssim.core.autoscale.Autoscaler;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ServiceModel;
import java.util.function.Supplier;

/**
 * A service resolved for a simulation; each run makes its own autoscaler from it.
 *
 * @param model the service
 * @param workload its load
 * @param autoscalers makes a fresh autoscaler for each run, or null for fixed replicas
 * @param bindings the source of each autoscaler metric
 * @param syncPeriodSeconds how often the autoscaler runs
 * @param price what a replica costs
 */
record ServicePlan(
        ServiceModel model,
        Workload workload,
        Supplier<? extends Autoscaler> autoscalers,
        MetricBinding[] bindings,
        double syncPeriodSeconds,
        ReplicaPrice price) {}
