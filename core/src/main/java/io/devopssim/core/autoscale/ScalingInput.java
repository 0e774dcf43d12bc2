package io.devopssim.core.autoscale;

/**
 * Presents the state an autoscaler sees at one sync: time, replicas, pods and metric samples.
 *
 * <p>The simulator reuses one instance per service, so values are only valid during {@link
 * Autoscaler#recommend}. Pods are addressed by index {@code 0 .. podCount()-1}; metrics by their
 * index in the autoscaler's own metric list. Missing samples are {@link Double#NaN}.
 */
public interface ScalingInput {

    /** Returns the simulated time of this sync, in seconds since the start of the run. */
    double time();

    /** Returns the replica count the workload's spec asks for now (the scale subresource). */
    int currentReplicas();

    /** Returns how many pods the workload has, including pending, not-ready and failed ones. */
    int podCount();

    /** Returns the lifecycle phase of the pod. */
    PodPhase podPhase(int pod);

    /** Returns whether the pod's Ready condition is true. */
    boolean podReady(int pod);

    /** Returns when the pod's containers started, in seconds; NaN when it has not started. */
    double podStartTime(int pod);

    /** Returns when the pod's Ready condition last changed, in seconds; NaN when never set. */
    double podReadyTransitionTime(int pod);

    /**
     * Returns the pod's sample of a Resource or Pods metric: for a Resource metric the usage in the
     * unit of its request (CPU cores, memory bytes), for a Pods metric the per-pod value.
     *
     * @return the sample, or NaN when the metrics pipeline has none for this pod
     */
    double podMetric(int metric, int pod);

    /**
     * Returns the pod's request of the resource that a Resource metric measures, in the unit of
     * {@link #podMetric}; NaN for metrics that are not Resource metrics.
     */
    double podRequest(int metric, int pod);

    /** Returns the current value of an External metric, or NaN when it is unavailable. */
    double externalMetric(int metric);

    /**
     * Returns when the pod's sample of a Resource or Pods metric was taken, in seconds.
     *
     * <p>The HPA compares it with the pod's readiness transition to decide whether a CPU sample
     * taken during start-up can be trusted. The default says the sample was taken at this sync.
     *
     * @param metric the metric's index in the autoscaler's metric list
     * @param pod the pod's index
     * @return the end of the sample's window, in seconds since the start of the run
     */
    default double podMetricTime(int metric, int pod) {
        return time();
    }

    /**
     * Returns how long a stretch of time the pod's sample averages over, in seconds.
     *
     * <p>metrics-server reports CPU as a rate over the interval between two scrapes; the default is
     * its 15 s resolution.
     *
     * @param metric the metric's index in the autoscaler's metric list
     * @param pod the pod's index
     * @return the sample's window, in seconds
     */
    default double podMetricWindow(int metric, int pod) {
        return 15.0;
    }
}
