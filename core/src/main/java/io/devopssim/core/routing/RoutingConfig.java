package io.devopssim.core.routing;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Global traffic: where clients are, which regions serve them, and how they are routed.
 *
 * <p>Build instances with {@link #builder()}, which fills in defaults and validates.
 *
 * @param sources where the clients are; their shares sum to 1
 * @param regions the serving regions, unique by id
 * @param policy how a source picks its region
 * @param healthCheck how region health is checked
 * @param dns DNS caching, used by the DNS policies
 * @param anycast anycast draining, used by {@link RoutingPolicy#ANYCAST}
 * @param meanRps the mean total request rate over a day, more than 0
 * @param runStart the instant simulated time zero stands for, for local times of day
 */
public record RoutingConfig(
        List<ClientSource> sources,
        List<ServingRegion> regions,
        RoutingPolicy policy,
        HealthCheck healthCheck,
        DnsSettings dns,
        AnycastSettings anycast,
        double meanRps,
        Instant runStart) {

    /** Copies the lists. */
    public RoutingConfig {
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
    }

    /**
     * Returns a builder; see {@link Builder} for the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RoutingConfig}, filling in defaults and reporting every invalid value at
     * once.
     *
     * <p>Required: at least one source and one region. Defaults: {@link RoutingPolicy#LATENCY},
     * {@link HealthCheck#route53()} for the DNS policies and {@link HealthCheck#anycast()} for
     * anycast, {@link DnsSettings#defaults()}, {@link AnycastSettings#defaults()}, 1,000 requests
     * per second, and a run starting on Monday 2026-01-05 at 00:00 UTC.
     */
    public static final class Builder {

        private static final double SHARE_TOLERANCE = 1e-6;

        private final List<ClientSource> sources = new ArrayList<>();
        private final List<ServingRegion> regions = new ArrayList<>();
        private RoutingPolicy policy = RoutingPolicy.LATENCY;
        private HealthCheck healthCheck;
        private DnsSettings dns = DnsSettings.defaults();
        private AnycastSettings anycast = AnycastSettings.defaults();
        private double meanRps = 1000;
        private Instant runStart = Instant.parse("2026-01-05T00:00:00Z");

        private Builder() {}

        /** Adds a client source. */
        public Builder source(ClientSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds a serving region. */
        public Builder region(ServingRegion region) {
            regions.add(Objects.requireNonNull(region, "region"));
            return this;
        }

        /** Sets the routing policy; default latency-based GeoDNS. */
        public Builder policy(RoutingPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Sets the health checks; default depends on the policy. */
        public Builder healthCheck(HealthCheck healthCheck) {
            this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
            return this;
        }

        /** Sets DNS caching; default {@link DnsSettings#defaults()}. */
        public Builder dns(DnsSettings dns) {
            this.dns = Objects.requireNonNull(dns, "dns");
            return this;
        }

        /** Sets anycast draining; default {@link AnycastSettings#defaults()}. */
        public Builder anycast(AnycastSettings anycast) {
            this.anycast = Objects.requireNonNull(anycast, "anycast");
            return this;
        }

        /** Sets the mean total request rate; default 1,000 per second. */
        public Builder meanRps(double meanRps) {
            this.meanRps = meanRps;
            return this;
        }

        /** Sets the instant simulated time zero stands for. */
        public Builder runStart(Instant runStart) {
            this.runStart = Objects.requireNonNull(runStart, "runStart");
            return this;
        }

        /**
         * Returns the validated configuration.
         *
         * @return the configuration
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public RoutingConfig build() {
            HealthCheck checks = healthCheck != null ? healthCheck : defaultChecks();
            Problems problems = new Problems();
            Bounds c = new Bounds(problems, "");
            checkSources(c);
            checkRegions(c);
            checks.check(c.at("healthCheck"));
            dns.check(c.at("dns"));
            anycast.check(c.at("anycast"));
            c.positive("meanRps", meanRps);
            problems.throwIfAny("routing");
            return new RoutingConfig(
                    sources, regions, policy, checks, dns, anycast, meanRps, runStart);
        }

        private HealthCheck defaultChecks() {
            return policy == RoutingPolicy.ANYCAST ? HealthCheck.anycast() : HealthCheck.route53();
        }

        private void checkSources(Bounds c) {
            if (sources.isEmpty()) {
                c.fail("sources", "at least one client source is required, none was given");
                return;
            }
            Set<String> names = new HashSet<>();
            double total = 0;
            for (int i = 0; i < sources.size(); i++) {
                ClientSource s = sources.get(i);
                Bounds at = c.index("sources", i);
                at.notBlank("name", s.name());
                if (!names.add(s.name())) {
                    at.fail("name", "duplicate source name \"" + s.name() + "\"");
                }
                at.share("share", s.share());
                at.between("diurnal.amplitude", s.diurnal().amplitude(), 0, 1);
                at.inPeriod("diurnal.peakLocalHour", s.diurnal().peakLocalHour(), "24 h", 24);
                total += s.share();
            }
            if (Double.isFinite(total) && Math.abs(total - 1) > SHARE_TOLERANCE) {
                c.fail("sources", "shares must sum to 1, sum to " + Bounds.number(total));
            }
        }

        private void checkRegions(Bounds c) {
            if (regions.isEmpty()) {
                c.fail("regions", "at least one serving region is required, none was given");
                return;
            }
            Set<String> names = new HashSet<>();
            double totalWeight = 0;
            for (int i = 0; i < regions.size(); i++) {
                ServingRegion r = regions.get(i);
                Bounds at = c.index("regions", i);
                if (!names.add(r.name())) {
                    at.fail("region", "duplicate region \"" + r.name() + "\"");
                }
                at.nonNegative("weight", r.weight());
                totalWeight += Math.max(0, r.weight());
            }
            if (policy == RoutingPolicy.WEIGHTED && !(totalWeight > 0)) {
                c.fail("regions", "weighted routing needs a region with weight > 0, none has");
            }
        }
    }
}
