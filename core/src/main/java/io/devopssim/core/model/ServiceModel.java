package io.devopssim.core.model;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.load.LoadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One service (a Deployment): its replicas, what each can serve, how they start, and its load.
 *
 * <p>A replica serves up to {@code capacityRps} requests per second with {@code concurrency}
 * requests in parallel, so its mean service time is {@code concurrency / capacityRps}. It uses
 * {@code cpuIdle} cores when idle and {@code cpuAtCapacity} cores at full load, linearly between.
 *
 * <p>Build instances with {@link #builder(String)}, which fills in defaults and validates; the
 * canonical constructor does not validate.
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
 * @param placements the regions the service runs in, each its own Deployment; empty means one
 *     Deployment in the model's provider and region with the bounds above, exactly as without
 *     placements
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
        RollingUpdate rollingUpdate,
        List<Placement> placements) {

    /** Creates a service, copying the placements; null placements mean none. */
    public ServiceModel {
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    /** Creates a service in the model's region only, without placements. */
    public ServiceModel(
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
        this(
                name,
                instanceType,
                pricePerHour,
                cpuRequest,
                cpuIdle,
                cpuAtCapacity,
                capacityRps,
                concurrency,
                requestTimeoutSeconds,
                minReplicas,
                maxReplicas,
                initialReplicas,
                startup,
                readiness,
                load,
                autoscaler,
                rollingUpdate,
                List.of());
    }

    /** Returns whether the service runs in regions of its own rather than the model's region. */
    public boolean isPlaced() {
        return !placements.isEmpty();
    }

    /** Returns the mean time one replica takes to serve one request, in seconds. */
    public double serviceTimeSeconds() {
        return concurrency / capacityRps;
    }

    /**
     * Returns a builder for a service called {@code name}; see {@link Builder} for the defaults.
     *
     * @param name the service's name, a DNS-1123 label
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Returns a builder holding every value of this service, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b =
                builder(name)
                        .instanceType(instanceType)
                        .cpuRequest(cpuRequest)
                        .cpuIdle(cpuIdle)
                        .cpuAtCapacity(cpuAtCapacity)
                        .capacityRps(capacityRps)
                        .concurrency(concurrency)
                        .requestTimeoutSeconds(requestTimeoutSeconds)
                        .minReplicas(minReplicas)
                        .maxReplicas(maxReplicas)
                        .initialReplicas(initialReplicas)
                        .startup(startup)
                        .readiness(readiness)
                        .load(load)
                        .rollingUpdate(rollingUpdate)
                        .placements(placements);
        pricePerHour.ifPresent(b::pricePerHour);
        autoscaler.ifPresent(b::autoscaler);
        return b;
    }

    /**
     * Builds a {@link ServiceModel}, filling in defaults and reporting every invalid value at once.
     *
     * <p>Required: {@code instanceType}, {@code capacityRps} and {@code load}. Defaults: CPU
     * request 0.5 cores, idle CPU 0, CPU at capacity equal to the request, concurrency 1, request
     * timeout 30 s, start-up and readiness 0 s (instant), price looked up from the provider, no
     * autoscaler, and the Kubernetes rolling-update default (25 %, 25 %).
     *
     * <p>Replicas: with an autoscaler, the HPA's {@code minReplicas} and {@code maxReplicas} are
     * the service's bounds; bounds left unset are taken from it and bounds set here must equal it.
     * Without one, unset bounds default to the initial count, so {@code initialReplicas(3)} alone
     * gives a fixed fleet of three. The initial count defaults to the lower bound, and the lower
     * bound to 1.
     */
    public static final class Builder {

        static final String NOT_SET = "required, was not set";

        private String name;
        private String instanceType;
        private Double pricePerHour;
        private double cpuRequest = 0.5;
        private double cpuIdle;
        private Double cpuAtCapacity;
        private Double capacityRps;
        private int concurrency = 1;
        private double requestTimeoutSeconds = 30.0;
        private Integer minReplicas;
        private Integer maxReplicas;
        private Integer initialReplicas;
        private Distribution startup = new Distribution.Fixed(0);
        private Distribution readiness = new Distribution.Fixed(0);
        private LoadSpec load;
        private HpaSpec autoscaler;
        private RollingUpdate rollingUpdate = RollingUpdate.kubernetesDefault();
        private final List<Placement> placements = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the service's name, a DNS-1123 label unique in the model. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Returns the service's name as set so far. */
        public String name() {
            return name;
        }

        /** Sets the instance type one replica runs on, as the provider names it. */
        public Builder instanceType(String instanceType) {
            this.instanceType = Objects.requireNonNull(instanceType, "instanceType");
            return this;
        }

        /** Sets the price of one replica-hour instead of the provider's list price. */
        public Builder pricePerHour(double pricePerHour) {
            this.pricePerHour = pricePerHour;
            return this;
        }

        /** Clears an explicit price, so that the cloud provider's list price is used. */
        public Builder providerPrice() {
            this.pricePerHour = null;
            return this;
        }

        /** Sets the container's CPU request in cores; default 0.5. */
        public Builder cpuRequest(double cores) {
            this.cpuRequest = cores;
            return this;
        }

        /** Sets the cores a replica uses with no load; default 0. */
        public Builder cpuIdle(double cores) {
            this.cpuIdle = cores;
            return this;
        }

        /** Sets the cores a replica uses at full load; default the CPU request. */
        public Builder cpuAtCapacity(double cores) {
            this.cpuAtCapacity = cores;
            return this;
        }

        /** Sets the requests per second one ready replica can serve; required. */
        public Builder capacityRps(double rps) {
            this.capacityRps = rps;
            return this;
        }

        /** Sets the requests one replica serves in parallel; default 1. */
        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        /** Sets how long a request may wait before it is dropped; default 30 s. */
        public Builder requestTimeoutSeconds(double seconds) {
            this.requestTimeoutSeconds = seconds;
            return this;
        }

        /** Sets the lower replica bound; see {@link Builder} for the default. */
        public Builder minReplicas(int replicas) {
            this.minReplicas = replicas;
            return this;
        }

        /** Sets the upper replica bound; see {@link Builder} for the default. */
        public Builder maxReplicas(int replicas) {
            this.maxReplicas = replicas;
            return this;
        }

        /** Sets the replicas at the start of the run; default the lower bound. */
        public Builder initialReplicas(int replicas) {
            this.initialReplicas = replicas;
            return this;
        }

        /** Sets how long a new replica takes until its containers start; default 0 s. */
        public Builder startup(Distribution startup) {
            this.startup = Objects.requireNonNull(startup, "startup");
            return this;
        }

        /** Sets how long a started replica takes to become ready; default 0 s. */
        public Builder readiness(Distribution readiness) {
            this.readiness = Objects.requireNonNull(readiness, "readiness");
            return this;
        }

        /** Sets where the service's requests come from; required. */
        public Builder load(LoadSpec load) {
            this.load = Objects.requireNonNull(load, "load");
            return this;
        }

        /** Sets the HPA scaling the service; its bounds become the service's bounds. */
        public Builder autoscaler(HpaSpec autoscaler) {
            this.autoscaler = Objects.requireNonNull(autoscaler, "autoscaler");
            return this;
        }

        /** Sets the Deployment's rolling-update strategy; default 25 % surge, 25 % unavailable. */
        public Builder rollingUpdate(RollingUpdate rollingUpdate) {
            this.rollingUpdate = Objects.requireNonNull(rollingUpdate, "rollingUpdate");
            return this;
        }

        /** Adds a region the service runs in; see {@link Placement}. */
        public Builder placement(Placement placement) {
            placements.add(Objects.requireNonNull(placement, "placement"));
            return this;
        }

        /** Replaces the regions the service runs in; empty means the model's region only. */
        public Builder placements(List<Placement> all) {
            placements.clear();
            all.forEach(this::placement);
            return this;
        }

        /**
         * Returns the validated service.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public ServiceModel build() {
            Problems problems = new Problems();
            ServiceModel service = check(problems, "");
            problems.throwIfAny("service " + name);
            return service;
        }

        /** Adds every problem of this service to {@code out} with paths under {@code prefix}. */
        ServiceModel check(Problems out, String prefix) {
            Check c = new Check(out, prefix);
            if (instanceType == null) {
                c.fail("instanceType", NOT_SET);
            }
            if (capacityRps == null) {
                c.fail("capacityRps", NOT_SET);
            }
            if (load == null) {
                c.fail("load", NOT_SET);
            }
            boundsAgainstAutoscaler(c);

            ServiceModel service = resolve();
            Problems details = new Problems();
            ServiceChecks.service(service, new Check(details, prefix));
            out.addUnreported(details.list());
            return service;
        }

        private void boundsAgainstAutoscaler(Check c) {
            if (autoscaler == null) {
                return;
            }
            sameAsAutoscaler("minReplicas", minReplicas, autoscaler.minReplicas(), c);
            sameAsAutoscaler("maxReplicas", maxReplicas, autoscaler.maxReplicas(), c);
        }

        private static void sameAsAutoscaler(String field, Integer set, int hpa, Check c) {
            if (set != null && set != hpa) {
                c.fail(
                        field,
                        "must equal autoscaler."
                                + field
                                + " ("
                                + hpa
                                + ") because the HPA's bounds are the service's bounds, was "
                                + set);
            }
        }

        private ServiceModel resolve() {
            int min = minReplicas != null ? minReplicas : defaultMin();
            int max = maxReplicas != null ? maxReplicas : defaultMax(min);
            int initial = initialReplicas != null ? initialReplicas : min;
            return new ServiceModel(
                    name,
                    instanceType,
                    pricePerHour == null ? OptionalDouble.empty() : OptionalDouble.of(pricePerHour),
                    cpuRequest,
                    cpuIdle,
                    cpuAtCapacity != null ? cpuAtCapacity : cpuRequest,
                    capacityRps != null ? capacityRps : Double.NaN,
                    concurrency,
                    requestTimeoutSeconds,
                    min,
                    max,
                    initial,
                    startup,
                    readiness,
                    load,
                    Optional.ofNullable(autoscaler),
                    rollingUpdate,
                    placements);
        }

        private int defaultMin() {
            if (autoscaler != null) {
                return autoscaler.minReplicas();
            }
            return initialReplicas != null ? initialReplicas : 1;
        }

        private int defaultMax(int min) {
            if (autoscaler != null) {
                return autoscaler.maxReplicas();
            }
            return Math.max(min, initialReplicas != null ? initialReplicas : min);
        }
    }
}
