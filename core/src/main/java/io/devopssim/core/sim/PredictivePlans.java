package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaAutoscaler;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.PredictiveAutoscaler;
import io.devopssim.core.autoscale.PredictiveSettings;
import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.ServiceModel;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a service's HPA plan into a predictive one: the HPA stays as the reactive floor.
 *
 * <p>The lead time is the 90th percentile of start-up plus that of readiness plus one sync period.
 * The rate one replica should carry is read from the HPA's own targets, so that the prediction and
 * the HPA aim at the same utilisation: for a CPU target, the fluid model's CPU is {@code idle +
 * utilisation × (atCapacity − idle)}, so a target of {@code u} of the request is reached at a queue
 * utilisation of {@code (u × request − idle) / (atCapacity − idle)} of {@code capacityRps}; a
 * requests-per-second target per pod is that rate itself. With several metrics the smallest rate
 * wins, as the HPA takes the largest proposal.
 */
final class PredictivePlans {

    private PredictivePlans() {}

    /** Returns {@code plan} scaled predictively, or {@code plan} itself with problems added. */
    static ServicePlan predictive(
            ServicePlan plan,
            Supplier<? extends LoadForecaster> forecasters,
            Instant start,
            String path,
            List<Problem> problems) {
        ServiceModel service = plan.model();
        HpaSpec hpa = service.autoscaler().orElseThrow();
        double perReplica = requestsPerReplica(service, hpa);
        if (!(perReplica > 0)) {
            problems.add(
                    new Problem(
                            path + ".autoscaler.metrics",
                            "no metric gives a per-replica request rate for the predictive"
                                    + " autoscaler; expected a CPU target above the idle CPU, or"
                                    + " a Pods or External AverageValue target on requests per"
                                    + " second"));
            return plan;
        }
        PredictiveSettings settings =
                new PredictiveSettings(
                        start,
                        leadTimeSeconds(service, plan.syncPeriodSeconds()),
                        perReplica,
                        hpa.maxReplicas(),
                        scaleDownWindowSeconds(hpa));
        Supplier<PredictiveAutoscaler> factory =
                () -> PredictiveAutoscaler.of(HpaAutoscaler.of(hpa), made(forecasters), settings);
        return new ServicePlan(
                service,
                plan.workload(),
                factory,
                plan.bindings(),
                plan.syncPeriodSeconds(),
                plan.price());
    }

    private static LoadForecaster made(Supplier<? extends LoadForecaster> forecasters) {
        LoadForecaster forecaster = forecasters.get();
        if (forecaster == null) {
            throw new IllegalStateException("the forecaster factory returned null");
        }
        return forecaster;
    }

    /** Returns the arrival rate per replica at the HPA's targets; 0 when no metric gives one. */
    static double requestsPerReplica(ServiceModel service, HpaSpec hpa) {
        return HpaTarget.requestsPerReplica(service, hpa);
    }

    /** Returns p90 start-up plus p90 readiness plus one sync period, in seconds. */
    static double leadTimeSeconds(ServiceModel service, double syncSeconds) {
        return p90(service.startup()) + p90(service.readiness()) + syncSeconds;
    }

    static double p90(Distribution d) {
        if (d instanceof Distribution.LogNormal l) {
            return l.p90();
        }
        if (d instanceof Distribution.Uniform u) {
            return u.min() + 0.9 * (u.max() - u.min());
        }
        return d.mean();
    }

    private static double scaleDownWindowSeconds(HpaSpec hpa) {
        return hpa.behavior()
                .map(b -> (double) b.scaleDown().stabilizationWindowSeconds())
                .orElseGet(
                        () -> hpa.controller().downscaleStabilisationWindow().toMillis() / 1000.0);
    }
}
