package io.devopssim.ml.nab;

import java.util.List;
import java.util.Objects;

/**
 * The weights of one scoring profile: what a detected window earns, what a false alarm and a missed
 * window cost.
 *
 * @param name the profile's name, as the benchmark spells it
 * @param truePositiveWeight {@code A_TP}, earned by a detection at a window's first row
 * @param falsePositiveWeight {@code A_FP}, lost by a detection far from any window
 * @param falseNegativeWeight {@code A_FN}, lost by a window with no detection
 */
public record NabProfile(
        String name,
        double truePositiveWeight,
        double falsePositiveWeight,
        double falseNegativeWeight) {

    /** The standard profile: 1 / 0.11 / 1. */
    public static final NabProfile STANDARD = new NabProfile("standard", 1, 0.11, 1);

    /** The profile that punishes false alarms twice as hard: 1 / 0.22 / 1. */
    public static final NabProfile REWARD_LOW_FP = new NabProfile("reward_low_FP_rate", 1, 0.22, 1);

    /** The profile that punishes missed windows twice as hard: 1 / 0.11 / 2. */
    public static final NabProfile REWARD_LOW_FN = new NabProfile("reward_low_FN_rate", 1, 0.11, 2);

    /**
     * Checks the weights.
     *
     * @throws IllegalArgumentException if a weight is not finite, {@code A_TP} or {@code A_FN} is
     *     not positive, or {@code A_FP} is negative
     */
    public NabProfile {
        Objects.requireNonNull(name, "name");
        check("truePositiveWeight", truePositiveWeight, false);
        check("falsePositiveWeight", falsePositiveWeight, true);
        check("falseNegativeWeight", falseNegativeWeight, false);
    }

    /** Returns the benchmark's three profiles: standard, reward-low-FP, reward-low-FN. */
    public static List<NabProfile> all() {
        return List.of(STANDARD, REWARD_LOW_FP, REWARD_LOW_FN);
    }

    private static void check(String field, double weight, boolean zeroAllowed) {
        boolean ok = Double.isFinite(weight) && (zeroAllowed ? weight >= 0 : weight > 0);
        if (!ok) {
            throw new IllegalArgumentException(
                    field
                            + " must be a finite number "
                            + (zeroAllowed ? ">= 0" : "> 0")
                            + ", got "
                            + weight);
        }
    }
}
