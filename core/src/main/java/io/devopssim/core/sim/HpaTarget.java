package io.devopssim.core.sim;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import io.devopssim.core.model.ServiceModel;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the load per replica a service's HPA aims at, as a request rate and a utilisation.
 *
 * <p>The fluid model's CPU is {@code idle + utilisation × (atCapacity − idle)}, so a CPU target of
 * {@code u} of the request is reached at a queue utilisation of {@code (u × request − idle) /
 * (atCapacity − idle)} of {@code capacityRps} (at most 1); an {@code AverageValue} CPU target in
 * cores likewise; a Pods or External {@code AverageValue} target on requests per second is that
 * rate itself. With several metrics the smallest rate wins, as the HPA takes the largest proposal.
 * Memory and other metrics give no rate.
 */
public final class HpaTarget {

    /** The utilisation used for a service without an autoscaler, or whose metrics give no rate. */
    public static final double DEFAULT_UTILISATION = 0.7;

    private HpaTarget() {}

    /**
     * Returns the share of {@code capacityRps} one replica carries at the HPA's target.
     *
     * @param service the service
     * @return the utilisation in (0, 1]; {@value #DEFAULT_UTILISATION} without an autoscaler or
     *     without a metric that gives a request rate (such as a CPU target at or below the idle
     *     CPU)
     */
    public static double utilisation(ServiceModel service) {
        Objects.requireNonNull(service, "service");
        double rate = service.autoscaler().map(h -> requestsPerReplica(service, h)).orElse(0.0);
        if (!(rate > 0)) {
            return DEFAULT_UTILISATION;
        }
        return Math.min(1, rate / service.capacityRps());
    }

    /**
     * Returns the arrival rate per replica at the HPA's targets.
     *
     * @param service the service
     * @param hpa its autoscaler
     * @return requests per second; 0 when no metric gives one
     */
    public static double requestsPerReplica(ServiceModel service, HpaSpec hpa) {
        double lowest = Double.POSITIVE_INFINITY;
        for (MetricSpec metric : hpa.metrics()) {
            double rate = requestsPerReplica(service, metric);
            if (rate > 0) {
                lowest = Math.min(lowest, rate);
            }
        }
        return Double.isInfinite(lowest) ? 0 : lowest;
    }

    private static double requestsPerReplica(ServiceModel service, MetricSpec metric) {
        String name = metric.name().toLowerCase(Locale.ROOT);
        if (metric.source() == MetricSource.RESOURCE && name.equals("cpu")) {
            double cores =
                    metric.targetType() == TargetType.UTILIZATION
                            ? metric.target() / 100 * service.cpuRequest()
                            : metric.target();
            double range = service.cpuAtCapacity() - service.cpuIdle();
            if (range <= 0) {
                return 0;
            }
            double utilisation = Math.min(1, (cores - service.cpuIdle()) / range);
            return utilisation * service.capacityRps();
        }
        boolean perPod =
                metric.source() != MetricSource.RESOURCE
                        && metric.targetType() == TargetType.AVERAGE_VALUE
                        && MetricBinding.RATE_NAMES.contains(name);
        return perPod ? metric.target() : 0;
    }
}
