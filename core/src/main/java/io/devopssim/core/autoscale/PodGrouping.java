package io.devopssim.core.autoscale;

/**
 * Sorts the pods of one sync into ready, unready, missing and ignored, as upstream's {@code
 * groupPods} does, keeping the result in reusable primitive arrays.
 *
 * <p>Pods being deleted and failed pods are ignored. Pending pods are unready. A running pod
 * without a sample is missing, whatever its readiness. Only for CPU is a running pod with a sample
 * judged unready: when it has no Ready condition or start time; within the CPU initialisation
 * period when it is not ready or its sample's window began before it became ready; after that
 * period only when it is not ready and never was (its condition last changed within the initial
 * readiness delay of its start).
 */
final class PodGrouping {

    static final byte READY = 0;
    static final byte UNREADY = 1;
    static final byte MISSING = 2;
    static final byte IGNORED = 3;

    private final double cpuInitializationSeconds;
    private final double initialReadinessDelaySeconds;

    private byte[] state = new byte[16];
    int ready;
    int unready;
    int missing;

    PodGrouping(double cpuInitializationSeconds, double initialReadinessDelaySeconds) {
        this.cpuInitializationSeconds = cpuInitializationSeconds;
        this.initialReadinessDelaySeconds = initialReadinessDelaySeconds;
    }

    /** Groups every pod of {@code in} for {@code metric}; read the result with {@link #state}. */
    void group(ScalingInput in, int metric, boolean cpu) {
        int pods = in.podCount();
        if (state.length < pods) {
            state = new byte[Math.max(pods, state.length * 2)];
        }
        ready = 0;
        unready = 0;
        missing = 0;
        for (int pod = 0; pod < pods; pod++) {
            byte s = classify(in, metric, pod, cpu);
            state[pod] = s;
            ready += s == READY ? 1 : 0;
            unready += s == UNREADY ? 1 : 0;
            missing += s == MISSING ? 1 : 0;
        }
    }

    /** Returns the group of {@code pod} found by the last {@link #group} call. */
    byte state(int pod) {
        return state[pod];
    }

    private byte classify(ScalingInput in, int metric, int pod, boolean cpu) {
        PodPhase phase = in.podPhase(pod);
        if (phase == PodPhase.TERMINATING || phase == PodPhase.FAILED) {
            return IGNORED;
        }
        if (phase == PodPhase.PENDING) {
            return UNREADY;
        }
        if (Double.isNaN(in.podMetric(metric, pod))) {
            return MISSING;
        }
        return cpu && cpuSampleUnready(in, metric, pod) ? UNREADY : READY;
    }

    private boolean cpuSampleUnready(ScalingInput in, int metric, int pod) {
        double started = in.podStartTime(pod);
        double transition = in.podReadyTransitionTime(pod);
        if (Double.isNaN(started) || Double.isNaN(transition)) {
            return true;
        }
        boolean ready = in.podReady(pod);
        if (started + cpuInitializationSeconds > in.time()) {
            double windowEnd = transition + in.podMetricWindow(metric, pod);
            return !ready || in.podMetricTime(metric, pod) < windowEnd;
        }
        return !ready && started + initialReadinessDelaySeconds > transition;
    }
}
