package io.devopssim.core.autoscale;

/**
 * Turns the metrics' proposal into the replica count to apply: stabilisation, rate limits and the
 * min/max bounds, as one of upstream's two normalisation paths does.
 */
interface ReplicaNormalizer {

    /** Records the replica count seen at the first sync, as upstream's initial recommendation. */
    void seed(double now, int currentReplicas);

    /** Returns the replica count to apply for {@code proposal}, noting limits in {@code reason}. */
    int normalize(double now, int currentReplicas, int proposal, ScalingReason reason);

    /** Records that the autoscaler changed the replica count from {@code from} to {@code to}. */
    void recordScale(double now, int from, int to);
}
