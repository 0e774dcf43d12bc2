package io.devopssim.core.autoscale;

import java.util.List;
import java.util.Objects;

/**
 * Describes an HPA's {@code spec.behavior}: the scaling rules for each direction.
 *
 * @param scaleUp rules applied when the recommendation is above the current count
 * @param scaleDown rules applied when the recommendation is below the current count
 */
public record HpaBehavior(ScalingRules scaleUp, ScalingRules scaleDown) {

    /** Creates a behavior block. */
    public HpaBehavior {
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
    }

    /** Returns the block upstream fills in when {@code behavior} is present but empty. */
    public static HpaBehavior upstreamDefaults() {
        return new HpaBehavior(ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
    }

    /**
     * Describes the rules for one direction ({@code behavior.scaleUp} or {@code scaleDown}).
     *
     * @param stabilizationWindowSeconds how far back recommendations are considered
     * @param selectPolicy which policy limit wins, or {@link SelectPolicy#DISABLED}
     * @param policies the limits on change per period
     */
    public record ScalingRules(
            int stabilizationWindowSeconds,
            SelectPolicy selectPolicy,
            List<ScalingPolicy> policies) {

        /** Creates rules, copying the policy list. */
        public ScalingRules {
            Objects.requireNonNull(selectPolicy, "selectPolicy");
            policies = List.copyOf(policies);
        }

        /**
         * Returns upstream's default scale-up rules: 0 s window, max of 100 % or 4 pods per 15 s.
         */
        public static ScalingRules defaultScaleUp() {
            return new ScalingRules(
                    0,
                    SelectPolicy.MAX,
                    List.of(
                            new ScalingPolicy(PolicyType.PERCENT, 100, 15),
                            new ScalingPolicy(PolicyType.PODS, 4, 15)));
        }

        /** Returns upstream's default scale-down rules: 300 s window, 100 % per 15 s. */
        public static ScalingRules defaultScaleDown() {
            return new ScalingRules(
                    300, SelectPolicy.MAX, List.of(new ScalingPolicy(PolicyType.PERCENT, 100, 15)));
        }
    }

    /**
     * Limits the change in one direction to {@code value} pods or percent per {@code
     * periodSeconds}.
     *
     * @param type whether {@code value} counts pods or percent of the replicas at period start
     * @param value the allowed change, positive
     * @param periodSeconds the length of the look-back period, 1 to 1800
     */
    public record ScalingPolicy(PolicyType type, int value, int periodSeconds) {

        /** Creates a policy. */
        public ScalingPolicy {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Unit of a {@link ScalingPolicy} value. */
    public enum PolicyType {
        /** An absolute number of pods. */
        PODS,
        /** A percentage of the replica count at the start of the period. */
        PERCENT
    }

    /** Which policy limit applies when several are given. */
    public enum SelectPolicy {
        /** The policy allowing the largest change. */
        MAX,
        /** The policy allowing the smallest change. */
        MIN,
        /** No change in this direction at all. */
        DISABLED
    }
}
