package io.devopssim.core.anomaly;

/** A simulated per-service metric an {@link AnomalyDetector} can watch during a run. */
public enum WatchedMetric {
    /** 99th percentile response time of the requests served in a step, in seconds. */
    LATENCY_P99("latency_p99_s"),
    /** Requests arriving per second. */
    ARRIVAL_RATE("arrival_rps"),
    /** CPU a ready replica uses, as a share of its CPU request (0.6 is 60 %). */
    CPU_UTILISATION("cpu_utilisation"),
    /** Replicas that are ready and receive traffic. */
    READY_REPLICAS("ready_replicas");

    private final String label;

    WatchedMetric(String label) {
        this.label = label;
    }

    /** Returns the metric's name in reports, such as {@code latency_p99_s}. */
    public String label() {
        return label;
    }
}
