package io.devopssim.core.failover;

import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.ServingRegion;
import io.devopssim.core.sim.HpaTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds a {@link FailoverTopology}, reporting every invalid value at once.
 *
 * <p>Required: at least one region, the routing, the database and the WAL archive. Defaults: no
 * writes, a write request share of 0, the peak equal to the routing's mean rate, a target
 * utilisation of {@value HpaTarget#DEFAULT_UTILISATION} (that of a service without an autoscaler; a
 * world derived from a scenario takes the HPA's, {@link HpaTarget#utilisation}), replicas starting
 * in 60 s, no RTO target, a failure window of 600 s from 600 s (long enough for the database's HA
 * loops and archive to settle).
 */
public final class FailoverTopologyBuilder {

    private final String name;
    private final List<ServiceRegion> regions = new ArrayList<>();
    private RoutingConfig routing;
    private PostgresClusterSpec database;
    private WalArchiveSpec walArchive;
    private double writeBytesPerSecond;
    private double writeRequestShare;
    private OptionalDouble peakRps = OptionalDouble.empty();
    private double targetUtilisation = HpaTarget.DEFAULT_UTILISATION;
    private Distribution replicaStartup = new Distribution.Fixed(60);
    private OptionalDouble rtoTargetSeconds = OptionalDouble.empty();
    private double failureAtSeconds = 600;
    private double failureWindowSeconds = 600;

    FailoverTopologyBuilder(String name) {
        this.name = name;
    }

    /** Adds a serving region. */
    public FailoverTopologyBuilder region(ServiceRegion region) {
        regions.add(Objects.requireNonNull(region, "region"));
        return this;
    }

    /** Sets the clients and routing; its regions must be the serving regions. */
    public FailoverTopologyBuilder routing(RoutingConfig routing) {
        this.routing = Objects.requireNonNull(routing, "routing");
        return this;
    }

    /** Sets the PostgreSQL cluster. */
    public FailoverTopologyBuilder database(PostgresClusterSpec database) {
        this.database = Objects.requireNonNull(database, "database");
        return this;
    }

    /** Sets the WAL archive used when no replica can be promoted. */
    public FailoverTopologyBuilder walArchive(WalArchiveSpec walArchive) {
        this.walArchive = Objects.requireNonNull(walArchive, "walArchive");
        return this;
    }

    /** Sets the primary's WAL write rate in bytes per second; default 0. */
    public FailoverTopologyBuilder writeBytesPerSecond(double bytesPerSecond) {
        this.writeBytesPerSecond = bytesPerSecond;
        return this;
    }

    /** Sets the share of requests that fail while the database has no primary; default 0. */
    public FailoverTopologyBuilder writeRequestShare(double share) {
        this.writeRequestShare = share;
        return this;
    }

    /** Sets the peak total request rate, > 0; default the routing's mean rate. */
    public FailoverTopologyBuilder peakRps(double rps) {
        this.peakRps = OptionalDouble.of(rps);
        return this;
    }

    /**
     * Sets the utilisation added capacity is sized for and recovered capacity is judged at: the
     * HPA's target as a share of a replica's capacity; default {@value
     * HpaTarget#DEFAULT_UTILISATION}.
     */
    public FailoverTopologyBuilder targetUtilisation(double utilisation) {
        this.targetUtilisation = utilisation;
        return this;
    }

    /** Sets the start-up time of a new replica; default a fixed 60 s. */
    public FailoverTopologyBuilder replicaStartup(Distribution startup) {
        this.replicaStartup = Objects.requireNonNull(startup, "startup");
        return this;
    }

    /** Sets the RTO target that decides whether added capacity is pre-provisioned. */
    public FailoverTopologyBuilder rtoTargetSeconds(double seconds) {
        this.rtoTargetSeconds = OptionalDouble.of(seconds);
        return this;
    }

    /** Sets the window the failure happens in; default 600 s from 600 s. */
    public FailoverTopologyBuilder failureWindow(double fromSeconds, double lengthSeconds) {
        this.failureAtSeconds = fromSeconds;
        this.failureWindowSeconds = lengthSeconds;
        return this;
    }

    /**
     * Returns the validated world.
     *
     * @return the world
     * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
     */
    public FailoverTopology build() {
        Problems problems = new Problems();
        Bounds c = new Bounds(problems, "");
        c.notBlank("name", name);
        checkRegions(c);
        checkRouting(c);
        checkDatabase(c);
        c.required("walArchive", walArchive);
        checkNumbers(c);
        problems.throwIfAny("failover topology " + name);
        return new FailoverTopology(
                name,
                regions,
                routing,
                database,
                walArchive,
                writeBytesPerSecond,
                writeRequestShare,
                peakRps.orElse(routing.meanRps()),
                targetUtilisation,
                replicaStartup,
                rtoTargetSeconds,
                failureAtSeconds,
                failureWindowSeconds);
    }

    private void checkRegions(Bounds c) {
        if (regions.isEmpty()) {
            c.fail("regions", "at least one serving region is required, none given");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            ServiceRegion r = regions.get(i);
            Bounds at = c.index("regions", i);
            at.notBlank("provider", r.provider());
            if (!ids.add(r.id())) {
                at.fail("region", "duplicate region id \"" + r.id() + "\"");
            }
            at.atLeast("replicas", r.replicas(), 0);
            at.positive("rpsPerReplica", r.rpsPerReplica());
            at.nonNegative("pricePerHour", r.pricePerHour());
        }
    }

    private void checkRouting(Bounds c) {
        if (!c.required("routing", routing)) {
            return;
        }
        List<String> serving = regions.stream().map(ServiceRegion::id).toList();
        List<String> routed = routing.regions().stream().map(ServingRegion::name).toList();
        for (int i = 0; i < routed.size(); i++) {
            c.at("routing").index("regions", i).known("id", routed.get(i), "region", serving);
        }
        for (String id : serving) {
            if (!routed.contains(id)) {
                c.fail("routing.regions", "serving region \"" + id + "\" is not routed to");
            }
        }
    }

    private void checkDatabase(Bounds c) {
        if (!c.required("database", database)) {
            return;
        }
        List<String> serving = regions.stream().map(ServiceRegion::id).toList();
        for (int i = 0; i < database.members().size(); i++) {
            PostgresMember m = database.members().get(i);
            Bounds at = c.at("database").index("members", i);
            if (at.known("region", m.region(), "region", serving)) {
                List<String> zones =
                        regions.stream()
                                .filter(r -> r.id().equals(m.region()))
                                .findFirst()
                                .orElseThrow()
                                .zones();
                at.known("zone", m.zone(), "zone of " + m.region(), zones);
            }
        }
    }

    private void checkNumbers(Bounds c) {
        c.nonNegative("writeBytesPerSecond", writeBytesPerSecond);
        c.between("writeRequestShare", writeRequestShare, 0, 1);
        peakRps.ifPresent(rps -> c.positive("peakRps", rps));
        if (Double.isFinite(targetUtilisation) && targetUtilisation <= 0) {
            c.fail(
                    "targetUtilisation",
                    "must be in (0, 1], was " + Bounds.number(targetUtilisation));
        } else {
            c.between("targetUtilisation", targetUtilisation, 0, 1);
        }
        c.distribution("replicaStartup", replicaStartup);
        rtoTargetSeconds.ifPresent(t -> c.positive("rtoTargetSeconds", t));
        c.nonNegative("failureAtSeconds", failureAtSeconds);
        c.positive("failureWindowSeconds", failureWindowSeconds);
    }
}
