package io.devopssim.core.autoscale;

import java.util.Objects;

/**
 * Describes one entry of an HPA's {@code spec.metrics}: what is measured and its target.
 *
 * @param source where the metric comes from
 * @param name the resource name ({@code cpu}, {@code memory}) or the metric name
 * @param targetType how the target is expressed
 * @param target the target: a percentage for {@link TargetType#UTILIZATION}, otherwise a value in
 *     the metric's unit (CPU in cores, memory in bytes; {@code 1000m} is 1.0)
 */
public record MetricSpec(MetricSource source, String name, TargetType targetType, double target) {

    /** Creates a metric spec. */
    public MetricSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetType, "targetType");
    }

    /** Returns a Resource metric on CPU with a target average utilisation in percent. */
    public static MetricSpec cpuUtilization(double percent) {
        return new MetricSpec(MetricSource.RESOURCE, "cpu", TargetType.UTILIZATION, percent);
    }

    /** Where an HPA metric comes from, as in {@code spec.metrics[].type}. */
    public enum MetricSource {
        /** Resource usage of the pods (CPU, memory) against their requests. */
        RESOURCE,
        /** A custom metric reported per pod, averaged over the pods. */
        PODS,
        /** A metric from outside the cluster, such as a queue length. */
        EXTERNAL
    }

    /** How a target is expressed, as in {@code target.type}. */
    public enum TargetType {
        /** Average utilisation in percent of the pods' requests; Resource metrics only. */
        UTILIZATION,
        /** Target value per pod: the metric's total divided by the pod count. */
        AVERAGE_VALUE,
        /** Target value of the metric as a whole; External metrics only. */
        VALUE
    }
}
