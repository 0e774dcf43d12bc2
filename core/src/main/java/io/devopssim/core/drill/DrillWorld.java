package io.devopssim.core.drill;

import io.devopssim.cloud.BootTime;
import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PatroniSettings;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.failover.FailoverTopology;
import io.devopssim.core.failover.FailoverTopologyBuilder;
import io.devopssim.core.failover.ServiceRegion;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.DiurnalShape;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.ServingRegion;
import io.devopssim.core.sim.HpaTarget;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives the failover planner's world from a multi-region model and a run of it.
 *
 * <p>A service placed in two regions or more gives the serving regions (with the placement's zones
 * when it names them), with the replicas that were ready in the run just before {@code failureAt},
 * the service's {@code capacityRps} per replica and the run's price per replica-hour. The
 * scenario's traffic gives the routing, whose mean rate is the service's request rate in the
 * busiest hour, also used as the peak; the database's write rate follows all services' rate in that
 * hour. The target utilisation is the HPA's ({@link HpaTarget#utilisation}; {@value
 * HpaTarget#DEFAULT_UTILISATION} without an autoscaler). Start-up is the service's start-up (the
 * cloud's boot time for {@code cloudBoot}) plus its mean readiness time. The database is the
 * scenario's; without one, a placeholder synchronous cluster with a member in every serving region
 * and no writes stands in, so that database figures of the plan mean nothing ({@link
 * DrillWorld#hasDatabase}).
 *
 * <p>Limitations: {@code plan-failover} and the five-argument {@link #topology} plan the first
 * placed service only; the drill plans each of its services ({@link Drill#drilledServices}).
 */
public final class DrillWorld {

    private DrillWorld() {}

    /**
     * Returns the planner's world for a failure at {@code failureAt}.
     *
     * @param model the multi-region model
     * @param database the scenario's database, if any
     * @param run a run of the model covering {@code failureAt}, with time series
     * @param hour the busiest hour of the trace, whose mean rate is the planned load
     * @param failureAt seconds after the run's start
     * @return the validated world
     * @throws InvalidInputException if the model has no service placed in two regions, or the
     *     database does not fit the regions
     */
    public static FailoverTopology topology(
            ClusterModel model,
            Optional<DatabaseSection> database,
            SimulationResult run,
            BusiestHour hour,
            double failureAt) {
        Objects.requireNonNull(model, "model");
        return topology(
                model, placedService(model), hour.meanRps(), database, run, hour, failureAt);
    }

    /**
     * Returns the planner's world of one placed service for a failure at {@code failureAt}.
     *
     * @param model the multi-region model
     * @param service one of its services placed in two regions or more
     * @param serviceRps the service's own mean request rate in the hour, the planned load
     * @param database the scenario's database, if any
     * @param run a run of the model covering {@code failureAt}, with time series
     * @param hour the busiest hour of the trace, whose mean rate over all services gives the
     *     database's write rate
     * @param failureAt seconds after the run's start
     * @return the validated world
     * @throws InvalidInputException if the database does not fit the service's regions
     */
    public static FailoverTopology topology(
            ClusterModel model,
            ServiceModel service,
            double serviceRps,
            Optional<DatabaseSection> database,
            SimulationResult run,
            BusiestHour hour,
            double failureAt) {
        Objects.requireNonNull(service, "service");
        ServiceResult result =
                run.services().stream()
                        .filter(s -> s.name().equals(service.name()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("run lacks " + service));
        CloudProviders clouds = CloudProviders.discover();
        FailoverTopologyBuilder b = FailoverTopology.builder(model.name());
        List<ServiceRegion> regions = regions(service, result, clouds, run, failureAt);
        regions.forEach(b::region);
        b.routing(routing(model.traffic(), regions, service.placements(), serviceRps, run.start()));
        DatabaseSection db = database.orElseGet(() -> placeholder(regions));
        b.database(db.cluster()).walArchive(db.archive());
        b.writeBytesPerSecond(hour.meanRps() * db.writeBytesPerRequest());
        b.writeRequestShare(db.writeRequestShare());
        b.peakRps(Math.max(serviceRps, 1e-9));
        b.targetUtilisation(HpaTarget.utilisation(service));
        b.replicaStartup(startup(service, regions.get(0).provider(), clouds));
        b.failureWindow(failureAt, 1);
        return b.build();
    }

    /**
     * Returns whether the world's database is the scenario's rather than a placeholder.
     *
     * @param database the scenario's database section
     * @return true when there is one
     */
    public static boolean hasDatabase(Optional<DatabaseSection> database) {
        return database.isPresent();
    }

    /**
     * Returns the first service placed in at least two regions.
     *
     * @param model the model
     * @return the service
     * @throws InvalidInputException if there is none
     */
    public static ServiceModel placedService(ClusterModel model) {
        return model.services().stream()
                .filter(s -> s.placements().stream().map(Placement::region).distinct().count() >= 2)
                .findFirst()
                .orElseThrow(() -> tooFewRegions(model));
    }

    private static InvalidInputException tooFewRegions(ClusterModel model) {
        String message =
                "a failure drill or failover plan needs at least two regions: give a service"
                        + " placements in two regions or more (see docs/scenario-format.md), was "
                        + placementCount(model);
        return new InvalidInputException(
                "scenario " + model.name(),
                List.of(new InvalidInputException.Problem("services", message)));
    }

    /**
     * Checks that every database member is in a zone of one of the placed service's regions.
     *
     * @param model the multi-region model
     * @param database the scenario's database, if any
     * @throws InvalidInputException listing every member that is elsewhere
     */
    public static void checkDatabase(ClusterModel model, Optional<DatabaseSection> database) {
        if (database.isEmpty()) {
            return;
        }
        ServiceModel service = placedService(model);
        CloudProviders clouds = CloudProviders.discover();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<PostgresMember> members = database.get().cluster().members();
        for (int i = 0; i < members.size(); i++) {
            memberProblem(members.get(i), "database.members[" + i + "]", service, clouds)
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("scenario " + model.name(), problems);
        }
    }

    private static Optional<InvalidInputException.Problem> memberProblem(
            PostgresMember m, String path, ServiceModel service, CloudProviders clouds) {
        Optional<Placement> p =
                service.placements().stream()
                        .filter(x -> x.region().equals(m.region()))
                        .findFirst();
        if (p.isEmpty()) {
            List<String> where = service.placements().stream().map(Placement::region).toList();
            return Optional.of(
                    new InvalidInputException.Problem(
                            path + ".region",
                            "expected a region of the service's placements "
                                    + where
                                    + ", was \""
                                    + m.region()
                                    + "\""));
        }
        List<String> zones = zonesOf(p.get(), clouds);
        if (zones.contains(m.zone())) {
            return Optional.empty();
        }
        return Optional.of(
                new InvalidInputException.Problem(
                        path + ".zone",
                        "expected a zone of "
                                + m.region()
                                + " "
                                + zones
                                + ", was \""
                                + m.zone()
                                + "\""));
    }

    private static List<String> zonesOf(Placement p, CloudProviders clouds) {
        if (!p.zones().isEmpty()) {
            return p.zones();
        }
        return clouds.get(p.provider()).region(p.region()).map(Region::zones).orElse(List.of());
    }

    private static String placementCount(ClusterModel model) {
        long most = model.services().stream().mapToLong(s -> s.placements().size()).max().orElse(0);
        return most == 0 ? "a single-region scenario" : most + " placement";
    }

    private static List<ServiceRegion> regions(
            ServiceModel service,
            ServiceResult result,
            CloudProviders clouds,
            SimulationResult run,
            double failureAt) {
        return service.placements().stream()
                .map(p -> region(p, service, result, clouds, run, failureAt))
                .toList();
    }

    private static ServiceRegion region(
            Placement p,
            ServiceModel service,
            ServiceResult result,
            CloudProviders clouds,
            SimulationResult run,
            double failureAt) {
        Region region = cloudRegion(clouds, p.provider(), p.region());
        if (!p.zones().isEmpty()) {
            region =
                    new Region(
                            region.id(),
                            region.displayName(),
                            region.latitude(),
                            region.longitude(),
                            p.zones());
        }
        RegionResult r =
                result.regions().stream()
                        .filter(x -> x.region().equals(p.region()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("run lacks " + p.region()));
        int replicas = readyBefore(r, run.stepSeconds(), failureAt, p.initialReplicas());
        return new ServiceRegion(
                p.provider(), region, replicas, service.capacityRps(), r.price().perHour());
    }

    private static Region cloudRegion(CloudProviders clouds, String provider, String id) {
        return clouds.get(provider)
                .region(id)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown region " + provider + "/" + id));
    }

    /** Returns the ready replicas of the last step before the failure. */
    private static int readyBefore(RegionResult r, double step, double failureAt, int fallback) {
        if (r.series().isEmpty() || r.series().get().size() == 0) {
            return fallback;
        }
        TimeSeries s = r.series().get();
        int i = (int) Math.min(s.size() - 1, Math.max(0, Math.floor(failureAt / step) - 1));
        return (int) Math.round(s.value(TimeSeries.Column.READY_REPLICAS, i));
    }

    private static RoutingConfig routing(
            Optional<Traffic> traffic,
            List<ServiceRegion> regions,
            List<Placement> placements,
            double meanRps,
            Optional<Instant> start) {
        RoutingConfig.Builder b = RoutingConfig.builder();
        b.meanRps(Math.max(meanRps, 1e-9)).runStart(start.orElse(Instant.EPOCH));
        if (traffic.isPresent()) {
            Traffic t = traffic.get();
            b.policy(t.policy()).dns(t.dns()).anycast(t.anycast());
            t.healthCheck().ifPresent(b::healthCheck);
            // The simulation gives each source a fixed share of the service's load; so does the
            // plan.
            t.sources().forEach(s -> b.source(s.withDiurnal(DiurnalShape.flat())));
        }
        for (int i = 0; i < regions.size(); i++) {
            b.region(new ServingRegion(regions.get(i).region(), placements.get(i).weight()));
        }
        return b.build();
    }

    private static Distribution startup(
            ServiceModel service, String provider, CloudProviders clouds) {
        Distribution start = service.startup();
        if (start instanceof Distribution.CloudBoot boot) {
            CloudProvider cloud = clouds.get(provider);
            BootTime t = cloud.bootTime();
            start =
                    new Distribution.LogNormal(
                            t.medianSeconds() + boot.extraSeconds(),
                            t.p90Seconds() + boot.extraSeconds());
        }
        return shifted(start, service.readiness().mean());
    }

    private static Distribution shifted(Distribution d, double seconds) {
        if (d instanceof Distribution.LogNormal l) {
            return new Distribution.LogNormal(l.median() + seconds, l.p90() + seconds);
        }
        if (d instanceof Distribution.Uniform u) {
            return new Distribution.Uniform(u.min() + seconds, u.max() + seconds);
        }
        return new Distribution.Fixed(d.mean() + seconds);
    }

    /** Returns a synchronous cluster with a member in every region and no writes. */
    private static DatabaseSection placeholder(List<ServiceRegion> regions) {
        PostgresClusterSpec.Builder b = PostgresClusterSpec.builder("placeholder");
        for (int i = 0; i < regions.size(); i++) {
            ServiceRegion r = regions.get(i);
            b.member(PostgresMember.builder("db-" + i).location(r.id(), r.zones().get(0)));
        }
        b.patroni(PatroniSettings.builder().synchronousMode(true));
        return new DatabaseSection(b.build(), WalArchiveSpec.builder(1).build(), 0, 0);
    }
}
