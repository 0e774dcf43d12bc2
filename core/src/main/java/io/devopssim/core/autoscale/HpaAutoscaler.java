package io.devopssim.core.autoscale;

import java.util.Objects;

/**
 * Scales like the Kubernetes HorizontalPodAutoscaler controller of kube-controller-manager.
 *
 * <p>Each {@link #recommend} is one upstream reconciliation. A replica count outside [minReplicas,
 * maxReplicas] is brought to the nearest bound at once; a target at 0 replicas with minReplicas
 * above 0 is left alone (scaling disabled). Otherwise every metric proposes a count, as upstream's
 * replica calculator does: {@code ceil(ratio × pods counted)} with the per-direction tolerance
 * band; pods being deleted or failed are ignored, pending pods are unready and, for CPU only, so
 * are running pods whose sample may come from start-up; missing pods counted at 100 % of their
 * request (or of the target when above 100 %) on scale-down and at 0 on scale-up, unready pods at 0
 * on scale-up, and no change when that correction flips the direction. The highest proposal wins.
 * Without {@code spec.behavior} the highest recommendation of the downscale stabilisation window is
 * taken and scale-up is held to max(2 × current, 4); with it, per-direction windows and policies
 * apply. The count is then clamped to the bounds.
 *
 * <p><b>Invalid metrics.</b> A metric is invalid in a sync when upstream's calculator would return
 * an error for it: an External metric is unavailable (NaN); there are no pods to measure; no pod
 * that counts as ready has a sample; a pod lacks a request for a Utilization target; or the
 * requests sum to zero. If every metric is invalid, or some are and the highest valid proposal is
 * below the current count, the replica count is kept and no recommendation is recorded, as upstream
 * returns before normalising.
 *
 * <p><b>Limitations.</b> Object and ContainerResource metrics are not modelled. The simulator is
 * assumed to apply every recommendation: scale events for the behavior policies are recorded when
 * the recommendation differs from the current count. External AverageValue divides by the pods that
 * are neither failed nor being deleted, which stands in for the workload's {@code status.replicas}.
 * A pod being deleted counts as ready for External Value targets while its Ready condition is still
 * true, as upstream counts it.
 */
public final class HpaAutoscaler implements Autoscaler {

    private final HpaSpec spec;
    private final MetricSpec[] metrics;
    private final ReplicaCalculator calculator;
    private final ReplicaNormalizer normalizer;
    private final ScalingReason reason;
    private final boolean needsStatusReplicas;

    private HpaAutoscaler(HpaSpec spec) {
        this.spec = spec;
        this.metrics = spec.metrics().toArray(new MetricSpec[0]);
        this.calculator = new ReplicaCalculator(spec.controller());
        this.normalizer =
                spec.behavior()
                        .<ReplicaNormalizer>map(b -> new BehaviorNormalizer(spec, b))
                        .orElseGet(() -> new LegacyNormalizer(spec));
        this.reason = new ScalingReason(spec);
        this.needsStatusReplicas =
                spec.metrics().stream()
                        .anyMatch(
                                m ->
                                        m.source() == MetricSpec.MetricSource.EXTERNAL
                                                && m.targetType()
                                                        == MetricSpec.TargetType.AVERAGE_VALUE);
    }

    /**
     * Returns an autoscaler for one service that follows {@code spec}.
     *
     * @param spec the HPA and its controller settings
     * @return a new autoscaler with empty history
     * @throws io.devopssim.core.InvalidInputException listing every setting the Kubernetes API
     *     would reject
     */
    public static HpaAutoscaler of(HpaSpec spec) {
        Objects.requireNonNull(spec, "spec");
        HpaSpecValidator.validate(spec);
        return new HpaAutoscaler(spec);
    }

    /** Returns the spec this autoscaler follows. */
    public HpaSpec spec() {
        return spec;
    }

    /**
     * Returns the replica count upstream's controller would set after this sync.
     *
     * @param input the state at this sync; calls must come in non-decreasing time order
     * @return the desired replica count
     */
    @Override
    public int recommend(ScalingInput input) {
        double now = input.time();
        int current = input.currentReplicas();
        reason.reset(current);
        normalizer.seed(now, current);

        int desired = decide(input, now, current);
        reason.desired = desired;
        if (desired != current) {
            normalizer.recordScale(now, current, desired);
        }
        return desired;
    }

    /** Returns why the last sync decided what it did, for example which limit applied. */
    @Override
    public String lastReason() {
        return reason.format();
    }

    private int decide(ScalingInput input, double now, int current) {
        if (current == 0 && spec.minReplicas() != 0) {
            reason.outcome = ScalingReason.Outcome.SCALING_DISABLED;
            return current;
        }
        if (current > spec.maxReplicas()) {
            reason.outcome = ScalingReason.Outcome.ABOVE_MAX;
            return spec.maxReplicas();
        }
        if (current < spec.minReplicas()) {
            reason.outcome = ScalingReason.Outcome.BELOW_MIN;
            return spec.minReplicas();
        }
        int proposal = proposeFromMetrics(input, current);
        if (reason.outcome != ScalingReason.Outcome.METRICS) {
            return current;
        }
        return normalizer.normalize(now, current, Math.max(0, proposal), reason);
    }

    private int proposeFromMetrics(ScalingInput input, int current) {
        int status = needsStatusReplicas ? statusReplicas(input) : current;
        int replicas = 0;
        int invalid = 0;
        for (int i = 0; i < metrics.length; i++) {
            int proposal = calculator.propose(metrics[i], i, input, current, status);
            if (calculator.failure != ReplicaCalculator.Failure.NONE) {
                if (invalid++ == 0) {
                    reason.invalidMetric = i;
                    reason.failure = calculator.failure;
                }
            } else if (replicas == 0 || proposal > replicas) {
                replicas = proposal;
                reason.metric = i;
                reason.observed = calculator.observed;
                reason.proposal = proposal;
            }
        }
        if (invalid == metrics.length) {
            reason.outcome = ScalingReason.Outcome.ALL_INVALID;
        } else if (invalid > 0 && replicas < current) {
            reason.outcome = ScalingReason.Outcome.BLOCKED;
        }
        return replicas;
    }

    private static int statusReplicas(ScalingInput input) {
        int active = 0;
        for (int pod = 0; pod < input.podCount(); pod++) {
            PodPhase phase = input.podPhase(pod);
            active += phase == PodPhase.PENDING || phase == PodPhase.RUNNING ? 1 : 0;
        }
        return active;
    }
}
