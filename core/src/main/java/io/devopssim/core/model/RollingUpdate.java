package io.devopssim.core.model;

/**
 * A Deployment's rolling-update strategy.
 *
 * @param maxSurge pods above the desired count during a rollout: a count ({@code "1"}) or a
 *     percentage ({@code "25%"})
 * @param maxUnavailable pods below the desired count during a rollout, in the same form
 */
public record RollingUpdate(String maxSurge, String maxUnavailable) {

    /** Returns the Kubernetes default, 25 % surge and 25 % unavailable. */
    public static RollingUpdate kubernetesDefault() {
        return new RollingUpdate("25%", "25%");
    }
}
