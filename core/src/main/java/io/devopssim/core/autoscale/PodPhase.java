package io.devopssim.core.autoscale;

/** Lifecycle phase of a pod, as Kubernetes reports it in {@code status.phase}. */
public enum PodPhase {
    /** Accepted but its containers have not started: scheduling, pulling images, booting a node. */
    PENDING,
    /** Bound to a node with its containers started; it may or may not be ready. */
    RUNNING,
    /** Terminated in failure or evicted; autoscalers ignore it. */
    FAILED,
    /** Being deleted (a deletion timestamp is set); autoscalers ignore it. */
    TERMINATING
}
