package io.devopssim.core.autoscale;

import io.devopssim.core.autoscale.HpaBehavior.PolicyType;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.ScalingReason.Limit;
import java.util.List;

/**
 * Normalises with {@code spec.behavior}: per-direction stabilisation windows, then the policy
 * limits of the direction and the min/max bounds.
 *
 * <p>A policy's limit starts from the replica count at the start of its period: the current count
 * minus the replicas this autoscaler added within the period plus those it removed, both directions
 * counted, as upstream's {@code getReplicasChangePerPeriod} does. Scale-up percentages round up;
 * scale-down percentages truncate.
 */
final class BehaviorNormalizer implements ReplicaNormalizer {

    private final ScalingRules up;
    private final ScalingRules down;
    private final int minReplicas;
    private final int maxReplicas;
    private final TimedRing recommendations;
    private final TimedRing upEvents;
    private final TimedRing downEvents;
    private final int longestUpPeriod;
    private final int longestDownPeriod;
    private boolean seeded;

    BehaviorNormalizer(HpaSpec spec, HpaBehavior behavior) {
        this.up = behavior.scaleUp();
        this.down = behavior.scaleDown();
        this.minReplicas = spec.minReplicas();
        this.maxReplicas = spec.maxReplicas();
        double sync = spec.controller().syncPeriod().toMillis() / 1000.0;
        int window = Math.max(up.stabilizationWindowSeconds(), down.stabilizationWindowSeconds());
        this.recommendations = new TimedRing(ring(window, sync));
        this.longestUpPeriod = longestPeriod(up.policies());
        this.longestDownPeriod = longestPeriod(down.policies());
        this.upEvents = new TimedRing(ring(longestUpPeriod, sync));
        this.downEvents = new TimedRing(ring(longestDownPeriod, sync));
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
        int stabilised = stabilise(now, current, proposal, reason);
        if (stabilised > current) {
            return limitUp(now, current, stabilised, reason);
        }
        if (stabilised < current) {
            return limitDown(now, current, stabilised, reason);
        }
        return stabilised;
    }

    @Override
    public void recordScale(double now, int from, int to) {
        if (to > from) {
            upEvents.dropUpTo(now - longestUpPeriod);
            upEvents.add(now, to - from);
        } else {
            downEvents.dropUpTo(now - longestDownPeriod);
            downEvents.add(now, from - to);
        }
    }

    private int stabilise(double now, int current, int proposal, ScalingReason reason) {
        double upCutoff = now - up.stabilizationWindowSeconds();
        double downCutoff = now - down.stabilizationWindowSeconds();
        recommendations.dropBefore(Math.min(upCutoff, downCutoff));
        int upBound = proposal;
        int downBound = proposal;
        for (int i = 0; i < recommendations.size(); i++) {
            double t = recommendations.time(i);
            int value = recommendations.value(i);
            upBound = t > upCutoff ? Math.min(upBound, value) : upBound;
            downBound = t > downCutoff ? Math.max(downBound, value) : downBound;
        }
        recommendations.add(now, proposal);

        int stabilised = Math.min(Math.max(current, upBound), downBound);
        reason.stabilised = stabilised;
        reason.stabilisationWindow =
                stabilised > proposal
                        ? down.stabilizationWindowSeconds()
                        : up.stabilizationWindowSeconds();
        return stabilised;
    }

    private int limitUp(double now, int current, int stabilised, ScalingReason reason) {
        int limit = Math.max(current, policyLimit(now, current, up, true, reason));
        boolean rateBound = maxReplicas > limit;
        int maxAllowed = rateBound ? limit : maxReplicas;
        if (stabilised <= maxAllowed) {
            return stabilised;
        }
        Limit why =
                up.selectPolicy() == SelectPolicy.DISABLED ? Limit.UP_DISABLED : Limit.UP_POLICY;
        reason.limit = rateBound ? why : Limit.MAX_REPLICAS;
        reason.limitValue = maxAllowed;
        return maxAllowed;
    }

    private int limitDown(double now, int current, int stabilised, ScalingReason reason) {
        int limit = Math.min(current, policyLimit(now, current, down, false, reason));
        boolean rateBound = minReplicas < limit;
        int minAllowed = rateBound ? limit : minReplicas;
        if (stabilised >= minAllowed) {
            return stabilised;
        }
        Limit why =
                down.selectPolicy() == SelectPolicy.DISABLED
                        ? Limit.DOWN_DISABLED
                        : Limit.DOWN_POLICY;
        reason.limit = rateBound ? why : Limit.MIN_REPLICAS;
        reason.limitValue = minAllowed;
        return minAllowed;
    }

    /**
     * Returns the furthest replica count the rules allow in one direction, noting which policy set
     * it in {@code reason.limitPolicy}.
     */
    private int policyLimit(
            double now, int current, ScalingRules rules, boolean scaleUp, ScalingReason reason) {
        if (rules.selectPolicy() == SelectPolicy.DISABLED) {
            return current;
        }
        // For scale-up the most permissive policy is the highest count, for scale-down the lowest.
        boolean wantHigh = scaleUp == (rules.selectPolicy() == SelectPolicy.MAX);
        int result = wantHigh ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        List<ScalingPolicy> policies = rules.policies();
        for (int i = 0; i < policies.size(); i++) {
            ScalingPolicy policy = policies.get(i);
            double cutoff = now - policy.periodSeconds();
            int start = current - upEvents.sumAfter(cutoff) + downEvents.sumAfter(cutoff);
            int proposed = scaleUp ? upProposal(start, policy) : downProposal(start, policy);
            if (wantHigh ? proposed > result : proposed < result) {
                result = proposed;
                reason.limitPolicy = i;
            }
        }
        return result;
    }

    private static int upProposal(int start, ScalingPolicy policy) {
        if (policy.type() == PolicyType.PODS) {
            return start + policy.value();
        }
        return (int) Math.ceil(start * (1 + policy.value() / 100.0));
    }

    private static int downProposal(int start, ScalingPolicy policy) {
        if (policy.type() == PolicyType.PODS) {
            return start - policy.value();
        }
        return (int) (start * (1 - policy.value() / 100.0));
    }

    private static int longestPeriod(List<ScalingPolicy> policies) {
        int longest = 0;
        for (ScalingPolicy policy : policies) {
            longest = Math.max(longest, policy.periodSeconds());
        }
        return longest;
    }

    private static int ring(double seconds, double sync) {
        return (int) Math.min(4096, seconds / sync) + 2;
    }
}
