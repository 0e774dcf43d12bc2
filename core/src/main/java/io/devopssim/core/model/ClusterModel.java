package io.devopssim.core.model;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable description of the simulated world: where it runs, its services and their load.
 *
 * <p>Runtime state never lives here; a simulation reads the model and keeps its own state. Build
 * instances with {@link #builder()}, which validates every service and reports all problems at
 * once; the canonical constructor does not validate.
 *
 * @param name a name for reports
 * @param provider the cloud provider's id ({@code aws}, {@code gcp}, {@code azure}, {@code
 *     digitalocean})
 * @param region the provider's region id ({@code us-east-1})
 * @param services the services, at least one, with unique names
 * @param slo the objective results are judged against
 * @param run how the run is carried out
 * @param traffic where clients are and how they are routed to the regions of placed services
 * @param failures what fails during the run: in the regions and zones of placed services, and in
 *     the cluster's own region and its zones for the services without placements
 */
public record ClusterModel(
        String name,
        String provider,
        String region,
        List<ServiceModel> services,
        Slo slo,
        RunSettings run,
        Optional<Traffic> traffic,
        Optional<Failures> failures) {

    /** Creates a model, copying the service list. */
    public ClusterModel {
        services = List.copyOf(services);
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(failures, "failures");
    }

    /** Creates a model without global traffic or failures. */
    public ClusterModel(
            String name,
            String provider,
            String region,
            List<ServiceModel> services,
            Slo slo,
            RunSettings run) {
        this(name, provider, region, services, slo, run, Optional.empty(), Optional.empty());
    }

    /** Returns whether a service runs in placements or something fails, the multi-region path. */
    public boolean isMultiRegion() {
        return failures.isPresent() || services.stream().anyMatch(ServiceModel::isPlaced);
    }

    /** Returns an empty builder; see {@link Builder} for what is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ClusterModel}, validating it as a whole and each of its services.
     *
     * <p>Required: {@code name}, {@code provider}, {@code region} and at least one service.
     * Defaults: {@link Slo#defaults()} and {@link RunSettings#defaults()}. Problems in services are
     * reported under {@code services[i].}, in the order the services were added.
     */
    public static final class Builder {

        private String name;
        private String provider;
        private String region;
        private final List<ServiceModel.Builder> services = new ArrayList<>();
        private Slo slo = Slo.defaults();
        private RunSettings run = RunSettings.defaults();
        private Traffic traffic;
        private Failures failures;

        private Builder() {}

        /** Sets where clients are and how they are routed to the regions of placed services. */
        public Builder traffic(Traffic traffic) {
            this.traffic = Objects.requireNonNull(traffic, "traffic");
            return this;
        }

        /** Sets what fails during the run. */
        public Builder failures(Failures failures) {
            this.failures = Objects.requireNonNull(failures, "failures");
            return this;
        }

        /** Sets the model's name, shown in reports. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets the cloud provider's id, such as {@code aws}. */
        public Builder provider(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** Sets the provider's region id, such as {@code us-east-1}. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** Adds a service, validated when the model is built. */
        public Builder service(ServiceModel.Builder service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /** Adds a service built earlier, validated again when the model is built. */
        public Builder service(ServiceModel service) {
            return service(Objects.requireNonNull(service, "service").toBuilder());
        }

        /** Sets the service-level objective; default {@link Slo#defaults()}. */
        public Builder slo(Slo slo) {
            this.slo = Objects.requireNonNull(slo, "slo");
            return this;
        }

        /** Sets how the run is carried out; default {@link RunSettings#defaults()}. */
        public Builder run(RunSettings run) {
            this.run = Objects.requireNonNull(run, "run");
            return this;
        }

        /**
         * Returns every problem {@link #build()} would report, without throwing.
         *
         * @return the problems, each with its path; empty if the model is valid
         */
        public List<Problem> validate() {
            Problems problems = new Problems();
            check(problems);
            return problems.list();
        }

        /**
         * Returns the model as set so far, without validating it, for checks that look past invalid
         * values.
         *
         * <p>The result may hold values {@link #build()} refuses, and null where a required value
         * is not set (the name, provider, region, or a service's instance type or load); use it
         * only next to the problems of {@link #validate()}.
         *
         * @return the unvalidated model
         */
        public ClusterModel unchecked() {
            return check(new Problems());
        }

        /**
         * Returns the validated model.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public ClusterModel build() {
            Problems problems = new Problems();
            ClusterModel model = check(problems);
            problems.throwIfAny("model " + (name == null ? "(unnamed)" : name));
            return model;
        }

        private ClusterModel check(Problems problems) {
            Check c = new Check(problems, "");
            required("name", name, c);
            required("provider", provider, c);
            required("region", region, c);
            SpecChecks.slo(slo, c.at("slo"));
            SpecChecks.run(run, c.at("run"));
            if (services.isEmpty()) {
                c.fail("services", "must hold at least one service, was empty");
            }

            List<ServiceModel> built = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                built.add(services.get(i).check(problems, "services[" + i + "]"));
            }
            uniqueNames(built, c);
            RegionalChecks.check(built, traffic, c);
            return new ClusterModel(
                    name,
                    provider,
                    region,
                    built,
                    slo,
                    run,
                    Optional.ofNullable(traffic),
                    Optional.ofNullable(failures));
        }

        private static void required(String field, String value, Check c) {
            if (value == null) {
                c.fail(field, ServiceModel.Builder.NOT_SET);
            } else {
                c.notBlank(field, value);
            }
        }

        private static void uniqueNames(List<ServiceModel> built, Check c) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < built.size(); i++) {
                String name = built.get(i).name();
                Integer earlier = first.putIfAbsent(name, i);
                if (earlier != null) {
                    c.index("services", i)
                            .fail(
                                    "name",
                                    "must be unique, was "
                                            + Values.quoted(name)
                                            + " as in services["
                                            + earlier
                                            + "]");
                }
            }
        }
    }
}
