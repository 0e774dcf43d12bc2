package io.devopssim.core.model;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.load.LoadSpec;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One service (a Deployment): its replicas, what each can serve, how they start, and its load.
 *
 * <p>A replica serves up to {@code capacityRps} requests per second with {@code concurrency}
 * requests in parallel, so its mean service time is {@code concurrency / capacityRps}. It uses
 * {@code cpuIdle} cores when idle and {@code cpuAtCapacity} cores at full load, linearly between.
 *
 * @param name unique name in the model, a DNS-1123 label
 * @param instanceType instance type one replica runs on, as the provider names it ({@code
 *     m5.large})
 * @param pricePerHour price of one replica-hour; empty means look it up from the provider
 * @param cpuRequest the container's CPU request in cores, more than 0
 * @param cpuIdle cores a replica uses with no load, at least 0
 * @param cpuAtCapacity cores a replica uses at full load, at least {@code cpuIdle}
 * @param capacityRps requests per second one ready replica can serve, more than 0
 * @param concurrency requests one replica serves in parallel, at least 1
 * @param requestTimeoutSeconds requests waiting longer than this are dropped, more than 0
 * @param minReplicas lower replica bound, at least 0
 * @param maxReplicas upper replica bound, at least {@code minReplicas}
 * @param initialReplicas replicas at the start of the run, within the bounds
 * @param startup time from a replica's creation until its containers start (scheduling, instance
 *     boot, image pull)
 * @param readiness time from container start until the readiness probe first passes
 * @param load where the service's requests come from
 * @param autoscaler the HPA scaling this service; empty means a fixed replica count
 * @param rollingUpdate the Deployment's rolling-update strategy
 */
public record ServiceModel(
        String name,
        String instanceType,
        OptionalDouble pricePerHour,
        double cpuRequest,
        double cpuIdle,
        double cpuAtCapacity,
        double capacityRps,
        int concurrency,
        double requestTimeoutSeconds,
        int minReplicas,
        int maxReplicas,
        int initialReplicas,
        Distribution startup,
        Distribution readiness,
        LoadSpec load,
        Optional<HpaSpec> autoscaler,
        RollingUpdate rollingUpdate) {

    /** Returns the mean time one replica takes to serve one request, in seconds. */
    public double serviceTimeSeconds() {
        return concurrency / capacityRps;
    }
}
