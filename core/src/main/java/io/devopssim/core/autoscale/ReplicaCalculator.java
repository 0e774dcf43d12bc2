package io.devopssim.core.autoscale;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.util.List;

/**
 * Proposes a replica count for one metric, as upstream's replica calculator does.
 *
 * <p>Values are converted to integer milli-units first and averaged with integer division, as
 * upstream's quantities are, so ratios match upstream's to the last digit. After {@link #propose}
 * read {@link #failure} (anything but {@link Failure#NONE} makes the metric invalid) and {@link
 * #observed} (the current value shown in reasons).
 */
final class ReplicaCalculator {

    /** Why a metric gave no proposal; upstream's replica calculator returns an error for each. */
    enum Failure {
        NONE("valid"),
        UNAVAILABLE("unavailable"),
        NO_PODS("has no pods to measure"),
        NO_SAMPLES("has no samples from ready pods"),
        MISSING_REQUEST("has a pod without a request"),
        ZERO_REQUESTS("has requests summing to zero");

        final String text;

        Failure(String text) {
            this.text = text;
        }
    }

    private final double upTolerance;
    private final double downTolerance;
    private final PodGrouping groups;

    Failure failure = Failure.NONE;
    double observed = Double.NaN;

    ReplicaCalculator(HpaSpec.ControllerSettings settings) {
        this.upTolerance = settings.scaleUpTolerance();
        this.downTolerance = settings.scaleDownTolerance();
        this.groups =
                new PodGrouping(
                        settings.cpuInitializationPeriod().toMillis() / 1000.0,
                        settings.initialReadinessDelay().toMillis() / 1000.0);
    }

    /**
     * Returns the replica count metric {@code metric} asks for; valid only if {@link #failure} is
     * {@link Failure#NONE} afterwards.
     */
    int propose(
            MetricSpec spec, int metric, ScalingInput in, int specReplicas, int statusReplicas) {
        failure = Failure.NONE;
        observed = Double.NaN;
        boolean cpu = "cpu".equals(spec.name());
        switch (spec.source()) {
            case RESOURCE:
                if (spec.targetType() == TargetType.UTILIZATION) {
                    return utilization(in, metric, specReplicas, (long) spec.target(), cpu);
                }
                return plain(in, metric, specReplicas, milli(spec.target()), cpu);
            case PODS:
                return plain(in, metric, specReplicas, milli(spec.target()), false);
            default:
                if (spec.targetType() == TargetType.VALUE) {
                    return externalValue(in, metric, specReplicas, milli(spec.target()));
                }
                return externalAverage(in, metric, statusReplicas, milli(spec.target()));
        }
    }

    /** Returns whether {@code ratio} lies inside the tolerance band, bounds included. */
    boolean within(double ratio) {
        return 1.0 - downTolerance <= ratio && ratio <= 1.0 + upTolerance;
    }

    private int utilization(ScalingInput in, int metric, int current, long target, boolean cpu) {
        int pods = in.podCount();
        if (pods == 0) {
            return fail(Failure.NO_PODS);
        }
        groups.group(in, metric, cpu);
        if (groups.ready == 0) {
            return fail(Failure.NO_SAMPLES);
        }
        for (int pod = 0; pod < pods; pod++) {
            if (Double.isNaN(in.podRequest(metric, pod))) {
                return fail(Failure.MISSING_REQUEST);
            }
        }

        long usage = 0;
        long requests = 0;
        for (int pod = 0; pod < pods; pod++) {
            if (groups.state(pod) == PodGrouping.READY) {
                usage += sample(in, metric, pod);
                requests += request(in, metric, pod);
            }
        }
        if (requests == 0) {
            return fail(Failure.ZERO_REQUESTS);
        }
        long percent = usage * 100 / requests;
        observed = percent;
        double ratio = percent / (double) target;

        boolean upWithUnready = groups.unready > 0 && ratio > 1.0;
        if (!upWithUnready && groups.missing == 0) {
            return within(ratio) ? current : ceil(ratio * groups.ready);
        }
        long fallbackPercent = Math.max(100, target);
        int counted = groups.ready;
        for (int pod = 0; pod < pods; pod++) {
            byte state = groups.state(pod);
            boolean fillMissing = state == PodGrouping.MISSING && ratio != 1.0;
            if (fillMissing || state == PodGrouping.UNREADY && upWithUnready) {
                long request = request(in, metric, pod);
                requests += request;
                usage += fillMissing && ratio < 1.0 ? request * fallbackPercent / 100 : 0;
                counted++;
            }
        }
        double newRatio = (usage * 100 / requests) / (double) target;
        return guarded(ratio, newRatio, counted, current);
    }

    private int plain(ScalingInput in, int metric, int current, long target, boolean cpu) {
        int pods = in.podCount();
        if (pods == 0) {
            return fail(Failure.NO_PODS);
        }
        groups.group(in, metric, cpu);
        if (groups.ready == 0) {
            return fail(Failure.NO_SAMPLES);
        }
        long sum = 0;
        for (int pod = 0; pod < pods; pod++) {
            if (groups.state(pod) == PodGrouping.READY) {
                sum += sample(in, metric, pod);
            }
        }
        long average = sum / groups.ready;
        observed = average / 1000.0;
        double ratio = average / (double) target;

        boolean upWithUnready = groups.unready > 0 && ratio > 1.0;
        if (!upWithUnready && groups.missing == 0) {
            return within(ratio) ? current : ceil(ratio * groups.ready);
        }
        int counted = groups.ready;
        for (int pod = 0; pod < pods; pod++) {
            byte state = groups.state(pod);
            boolean fillMissing = state == PodGrouping.MISSING && ratio != 1.0;
            if (fillMissing || state == PodGrouping.UNREADY && upWithUnready) {
                sum += fillMissing && ratio < 1.0 ? target : 0;
                counted++;
            }
        }
        double newRatio = (sum / counted) / (double) target;
        return guarded(ratio, newRatio, counted, current);
    }

    private int guarded(double ratio, double newRatio, int counted, int current) {
        boolean flips = ratio < 1.0 && newRatio > 1.0 || ratio > 1.0 && newRatio < 1.0;
        if (within(newRatio) || flips) {
            return current;
        }
        int replicas = ceil(newRatio * counted);
        boolean countFlips =
                newRatio < 1.0 && replicas > current || newRatio > 1.0 && replicas < current;
        return countFlips ? current : replicas;
    }

    private int externalValue(ScalingInput in, int metric, int current, long target) {
        double value = in.externalMetric(metric);
        if (Double.isNaN(value)) {
            return fail(Failure.UNAVAILABLE);
        }
        observed = value;
        double ratio = milli(value) / (double) target;
        if (current == 0) {
            return ceil(ratio);
        }
        if (within(ratio)) {
            return current;
        }
        int pods = in.podCount();
        if (pods == 0) {
            return fail(Failure.NO_PODS);
        }
        int ready = 0;
        for (int pod = 0; pod < pods; pod++) {
            PodPhase phase = in.podPhase(pod);
            boolean running = phase == PodPhase.RUNNING || phase == PodPhase.TERMINATING;
            ready += running && in.podReady(pod) ? 1 : 0;
        }
        return ceil(ratio * ready);
    }

    private int externalAverage(ScalingInput in, int metric, int statusReplicas, long target) {
        double value = in.externalMetric(metric);
        if (Double.isNaN(value)) {
            return fail(Failure.UNAVAILABLE);
        }
        observed = value;
        long usage = milli(value);
        double ratio = usage / ((double) target * statusReplicas);
        return within(ratio) ? statusReplicas : ceil(usage / (double) target);
    }

    private int fail(Failure why) {
        failure = why;
        return 0;
    }

    private static long sample(ScalingInput in, int metric, int pod) {
        return milli(checked(in.podMetric(metric, pod), "metric", metric, pod));
    }

    private static long request(ScalingInput in, int metric, int pod) {
        return milli(checked(in.podRequest(metric, pod), "request", metric, pod));
    }

    private static double checked(double value, String what, int metric, int pod) {
        if (value >= 0 && value < Double.POSITIVE_INFINITY) {
            return value;
        }
        String path = "pods[" + pod + "]." + what + "[" + metric + "]";
        String message = value + " is not allowed; expected a finite value of at least 0";
        throw new InvalidInputException("scaling input", List.of(new Problem(path, message)));
    }

    /** Returns {@code value} in milli-units, rounded up as Kubernetes' {@code MilliValue} does. */
    static long milli(double value) {
        double scaled = value * 1000.0;
        long nearest = Math.round(scaled);
        if (Math.abs(scaled - nearest) <= 1e-9 * Math.max(1.0, Math.abs(scaled))) {
            return nearest;
        }
        return (long) Math.ceil(scaled);
    }

    /** Returns {@code x} rounded up to an int, saturating as upstream's int32 guards do. */
    static int ceil(double x) {
        if (x >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return x <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) Math.ceil(x);
    }
}
