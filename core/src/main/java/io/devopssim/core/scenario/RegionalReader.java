package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.AnycastSettings;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.DiurnalShape;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingPolicy;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads a scenario's {@code placements}, {@code traffic} and {@code failures}. */
final class RegionalReader {

    private static final Map<String, RoutingPolicy> POLICIES = new LinkedHashMap<>();
    private static final Map<String, FailureKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, Level> SCOPES = new LinkedHashMap<>();

    static {
        POLICIES.put("latency", RoutingPolicy.LATENCY);
        POLICIES.put("weighted", RoutingPolicy.WEIGHTED);
        POLICIES.put("anycast", RoutingPolicy.ANYCAST);
        for (FailureKind k : FailureKind.values()) {
            KINDS.put(k.label(), k);
        }
        for (Level l : List.of(Level.CLOUD, Level.REGION, Level.ZONE)) {
            SCOPES.put(l.label(), l);
        }
    }

    private RegionalReader() {}

    static List<Placement> placements(Fields f) {
        List<Placement> placements = new ArrayList<>();
        List<JsonNode> entries = f.list("placements");
        for (int i = 0; i < entries.size(); i++) {
            Fields p =
                    Fields.of(entries.get(i), f.pathOf("placements") + "[" + i + "]", f.problems());
            placement(p).ifPresent(placements::add);
        }
        return placements;
    }

    private static Optional<Placement> placement(Fields p) {
        Optional<String> provider = p.requiredString("provider");
        Optional<String> region = p.requiredString("region");
        List<String> zones = strings(p, "zones");
        int[] bounds = {1, 1, -1};
        p.object("replicas").ifPresent(r -> replicas(r, bounds));
        Optional<String> type = p.string("instanceType");
        OptionalDouble price = p.number("pricePerHour");
        double weight = p.number("weight").orElse(1);
        int nodes = p.integer("nodesPerZone").orElse(0);
        p.finish();
        if (provider.isEmpty() || region.isEmpty()) {
            return Optional.empty();
        }
        int initial = bounds[2] >= 0 ? bounds[2] : bounds[0];
        Placement placement =
                new Placement(
                        provider.get(),
                        region.get(),
                        zones,
                        bounds[0],
                        bounds[1],
                        initial,
                        type,
                        price,
                        weight,
                        nodes);
        return Optional.of(placement);
    }

    private static void replicas(Fields r, int[] bounds) {
        r.integer("min").ifPresent(v -> bounds[0] = v);
        bounds[1] = Math.max(bounds[0], 1);
        r.integer("max").ifPresent(v -> bounds[1] = v);
        r.integer("initial").ifPresent(v -> bounds[2] = v);
        r.finish();
    }

    private static List<String> strings(Fields f, String key) {
        List<String> values = new ArrayList<>();
        List<JsonNode> nodes = f.list(key);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isTextual()) {
                values.add(nodes.get(i).asText());
            } else {
                f.problems()
                        .add(f.pathOf(key) + "[" + i + "]", "expected a name, was " + nodes.get(i));
            }
        }
        return values;
    }

    static Traffic traffic(Fields t) {
        RoutingPolicy policy = t.choice("policy", POLICIES).orElse(RoutingPolicy.LATENCY);
        List<ClientSource> sources = new ArrayList<>();
        List<JsonNode> entries = t.list("sources");
        if (!t.has("sources")) {
            t.problems().add(t.pathOf("sources"), "required, was not set");
        }
        for (int i = 0; i < entries.size(); i++) {
            Fields s = Fields.of(entries.get(i), t.pathOf("sources") + "[" + i + "]", t.problems());
            source(s).ifPresent(sources::add);
        }
        Traffic traffic = Traffic.of(policy, sources);
        Optional<HealthCheck> check = t.object("healthCheck").map(RegionalReader::healthCheck);
        if (check.isPresent()) {
            traffic = traffic.withHealthCheck(check.get());
        }
        traffic =
                traffic.withDns(
                        t.object("dns").map(RegionalReader::dns).orElse(DnsSettings.defaults()));
        double convergence =
                t.object("anycast")
                        .map(a -> finished(a, a.duration("convergence").orElse(5)))
                        .orElse(5.0);
        traffic = traffic.withAnycast(new AnycastSettings(convergence));
        t.finish();
        return traffic;
    }

    private static <T> T finished(Fields f, T value) {
        f.finish();
        return value;
    }

    private static Optional<ClientSource> source(Fields s) {
        Optional<String> name = s.requiredString("name");
        OptionalDouble share = s.requiredNumber("share");
        Optional<Fields> location = s.object("location");
        if (!s.has("location")) {
            s.problems().add(s.pathOf("location"), "required, was not set");
        }
        double[] at = location.map(RegionalReader::coordinates).orElse(null);
        ZoneId zone = s.string("timeZone").map(z -> zone(s, z)).orElse(ZoneId.of("UTC"));
        DiurnalShape diurnal =
                s.object("diurnal").map(RegionalReader::diurnal).orElse(DiurnalShape.flat());
        s.finish();
        if (name.isEmpty() || share.isEmpty() || at == null || zone == null) {
            return Optional.empty();
        }
        return Optional.of(
                ClientSource.at(name.get(), share.getAsDouble(), at[0], at[1], zone)
                        .withDiurnal(diurnal));
    }

    private static double[] coordinates(Fields l) {
        OptionalDouble lat = l.requiredNumber("latitude");
        OptionalDouble lon = l.requiredNumber("longitude");
        l.finish();
        if (lat.isEmpty() || lon.isEmpty()) {
            return null;
        }
        boolean ok = Math.abs(lat.getAsDouble()) <= 90 && Math.abs(lon.getAsDouble()) <= 180;
        if (!ok) {
            l.problems()
                    .add(
                            l.path(),
                            "expected latitude in [-90, 90] and longitude in [-180, 180], was "
                                    + Values.number(lat.getAsDouble())
                                    + ", "
                                    + Values.number(lon.getAsDouble()));
            return null;
        }
        return new double[] {lat.getAsDouble(), lon.getAsDouble()};
    }

    private static ZoneId zone(Fields s, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            s.problems()
                    .add(
                            s.pathOf("timeZone"),
                            "expected a time zone such as Europe/Paris, was \"" + id + "\"");
            return null;
        }
    }

    private static DiurnalShape diurnal(Fields d) {
        double amplitude = d.number("amplitude").orElse(0);
        double peak = d.number("peakLocalHour").orElse(12);
        d.finish();
        return new DiurnalShape(amplitude, peak);
    }

    private static HealthCheck healthCheck(Fields h) {
        double interval = h.duration("interval").orElse(30);
        int failures = h.integer("failureThreshold").orElse(3);
        int healthy = h.integer("healthyThreshold").orElse(failures);
        OptionalDouble phase = h.duration("phase");
        h.finish();
        return new HealthCheck(interval, failures, healthy, phase);
    }

    private static DnsSettings dns(Fields d) {
        DnsSettings def = DnsSettings.defaults();
        double ttl = d.duration("ttl").orElse(def.ttlSeconds());
        int resolvers = d.integer("resolvers").orElse(def.resolverCount());
        double ignoring = d.number("ttlIgnoringShare").orElse(def.ttlIgnoringShare());
        Distribution extra =
                d.object("ttlIgnoredExtra")
                        .flatMap(
                                x -> SpecReader.distribution(x, new HashMap<>(), "ttlIgnoredExtra"))
                        .orElse(def.ttlIgnoredExtra());
        double propagation = d.duration("propagation").orElse(def.propagationSeconds());
        d.finish();
        return new DnsSettings(ttl, resolvers, ignoring, extra, propagation);
    }

    static Failures failures(Fields f) {
        List<ScheduledFailure> scheduled = new ArrayList<>();
        List<JsonNode> entries = f.list("scheduled");
        for (int i = 0; i < entries.size(); i++) {
            Fields s =
                    Fields.of(entries.get(i), f.pathOf("scheduled") + "[" + i + "]", f.problems());
            scheduled(s).ifPresent(scheduled::add);
        }
        List<RandomFailures> random = new ArrayList<>();
        entries = f.list("random");
        for (int i = 0; i < entries.size(); i++) {
            Fields r = Fields.of(entries.get(i), f.pathOf("random") + "[" + i + "]", f.problems());
            random(r).ifPresent(random::add);
        }
        OptionalDouble horizon = f.duration("horizon");
        f.finish();
        return new Failures(scheduled, random, horizon);
    }

    private static Optional<ScheduledFailure> scheduled(Fields s) {
        if (!s.has("kind")) {
            s.problems()
                    .add(
                            s.pathOf("kind"),
                            "required, was not set; expected one of "
                                    + String.join(", ", KINDS.keySet()));
        }
        Optional<FailureKind> kind = s.choice("kind", KINDS);
        Optional<String> target = s.requiredString("target");
        OptionalDouble at = s.duration("at");
        if (!s.has("at")) {
            s.problems().add(s.pathOf("at"), "required, was not set; expected a time such as 1h");
        }
        double duration = s.duration("duration").orElse(Double.POSITIVE_INFINITY);
        boolean podCrash = kind.isPresent() && kind.get() == FailureKind.POD_CRASH;
        if (podCrash && s.has("duration")) {
            s.problems()
                    .add(
                            s.pathOf("duration"),
                            "does not apply to pod-crash: the container restarts through the"
                                    + " service's startup and readiness; remove it");
        }
        int count = s.has("count") ? s.integer("count").orElse(1) : 1;
        s.finish();
        if (kind.isEmpty() || target.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ScheduledFailure(kind.get(), target.get(), at.getAsDouble(), duration, count));
    }

    private static Optional<RandomFailures> random(Fields r) {
        if (!r.has("kind")) {
            r.problems()
                    .add(
                            r.pathOf("kind"),
                            "required, was not set; expected one of "
                                    + String.join(", ", KINDS.keySet()));
        }
        Optional<FailureKind> kind = r.choice("kind", KINDS);
        OptionalDouble mtbf = r.duration("mtbf");
        if (!r.has("mtbf")) {
            r.problems()
                    .add(
                            r.pathOf("mtbf"),
                            "required, was not set; expected a duration such as 30d");
        }
        boolean podCrash = kind.isPresent() && kind.get() == FailureKind.POD_CRASH;
        Optional<Distribution> repair =
                podCrash
                        ? Optional.of(new Distribution.Fixed(0))
                        : r.object("repair")
                                .flatMap(
                                        d -> SpecReader.distribution(d, new HashMap<>(), "repair"));
        if (podCrash && r.has("repair")) {
            r.problems()
                    .add(
                            r.pathOf("repair"),
                            "does not apply to pod-crash: the container restarts through the"
                                    + " service's startup and readiness; remove it");
        } else if (!podCrash && !r.has("repair")) {
            r.problems()
                    .add(r.pathOf("repair"), "required, was not set; expected e.g. {fixed: 1h}");
        }
        Optional<Component> scope = r.object("scope").flatMap(RegionalReader::scope);
        r.finish();
        if (kind.isEmpty() || mtbf.isEmpty() || repair.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RandomFailures(kind.get(), scope, mtbf.getAsDouble(), repair.get()));
    }

    private static Optional<Component> scope(Fields s) {
        Optional<String> key = s.single(SCOPES.keySet());
        Optional<Component> scope =
                key.flatMap(k -> s.string(k).map(name -> new Component(SCOPES.get(k), name)));
        s.finish();
        return scope;
    }
}
