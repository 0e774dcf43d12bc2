package io.devopssim.core.autoscale;

/**
 * Normalises without {@code spec.behavior}: the highest recommendation of the downscale
 * stabilisation window, then a scale-up limit of max(2 × current, 4) and the min/max bounds.
 */
final class LegacyNormalizer implements ReplicaNormalizer {

    private final double windowSeconds;
    private final int minReplicas;
    private final int maxReplicas;
    private final TimedRing recommendations;
    private boolean seeded;

    LegacyNormalizer(HpaSpec spec) {
        HpaSpec.ControllerSettings settings = spec.controller();
        this.windowSeconds = settings.downscaleStabilisationWindow().toMillis() / 1000.0;
        this.minReplicas = spec.minReplicas();
        this.maxReplicas = spec.maxReplicas();
        double sync = settings.syncPeriod().toMillis() / 1000.0;
        this.recommendations = new TimedRing((int) Math.min(4096, windowSeconds / sync) + 2);
    }

    @Override
    public void seed(double now, int currentReplicas) {
        if (!seeded) {
            recommendations.add(now, currentReplicas);
            seeded = true;
        }
    }

    @Override
    public int normalize(double now, int current, int proposal, ScalingReason reason) {
        recommendations.dropBefore(now - windowSeconds);
        int stabilised = recommendations.maxValue(proposal);
        recommendations.add(now, proposal);
        reason.stabilised = stabilised;
        reason.stabilisationWindow = (int) windowSeconds;

        int scaleUpLimit = (int) Math.max(2.0 * current, 4.0);
        boolean rateBound = maxReplicas > scaleUpLimit;
        int maxAllowed = rateBound ? scaleUpLimit : maxReplicas;
        if (stabilised < minReplicas) {
            return limited(reason, ScalingReason.Limit.MIN_REPLICAS, minReplicas);
        }
        if (stabilised > maxAllowed) {
            ScalingReason.Limit limit =
                    rateBound
                            ? ScalingReason.Limit.LEGACY_SCALE_UP
                            : ScalingReason.Limit.MAX_REPLICAS;
            return limited(reason, limit, maxAllowed);
        }
        return stabilised;
    }

    @Override
    public void recordScale(double now, int from, int to) {
        // Upstream keeps no scale events without a behavior block: nothing reads them.
    }

    private static int limited(ScalingReason reason, ScalingReason.Limit limit, int value) {
        reason.limit = limit;
        reason.limitValue = value;
        return value;
    }
}
