package io.devopssim.core.model;

import io.devopssim.core.routing.AnycastSettings;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a model's clients are and how global routing sends them to the regions of its services.
 *
 * <p>Used by every service with {@link Placement}s. The service's load is the global total: each
 * source carries its fixed share of it (the sources' diurnal shapes are not applied, since the
 * trace already has the global daily shape).
 *
 * @param sources where the clients are; shares sum to 1
 * @param policy how a source picks its region
 * @param healthCheck how region health is checked; empty means the policy's default
 * @param dns DNS caching, for the DNS policies
 * @param anycast anycast draining, for {@link RoutingPolicy#ANYCAST}
 */
public record Traffic(
        List<ClientSource> sources,
        RoutingPolicy policy,
        Optional<HealthCheck> healthCheck,
        DnsSettings dns,
        AnycastSettings anycast) {

    /** Checks for nulls and copies the sources. */
    public Traffic {
        sources = List.copyOf(sources);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(healthCheck, "healthCheck");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(anycast, "anycast");
    }

    /**
     * Returns traffic from the given sources, with the policy's default checks and settings.
     *
     * @param policy the routing policy
     * @param sources the client sources
     * @return the traffic
     */
    public static Traffic of(RoutingPolicy policy, List<ClientSource> sources) {
        return new Traffic(
                sources,
                policy,
                Optional.empty(),
                DnsSettings.defaults(),
                AnycastSettings.defaults());
    }

    /** Returns a copy with explicit health checks. */
    public Traffic withHealthCheck(HealthCheck check) {
        return new Traffic(sources, policy, Optional.of(check), dns, anycast);
    }

    /** Returns a copy with other DNS settings. */
    public Traffic withDns(DnsSettings settings) {
        return new Traffic(sources, policy, healthCheck, settings, anycast);
    }

    /** Returns a copy with other anycast settings. */
    public Traffic withAnycast(AnycastSettings settings) {
        return new Traffic(sources, policy, healthCheck, dns, settings);
    }
}
