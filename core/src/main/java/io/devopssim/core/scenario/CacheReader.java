package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.cache.RedisCacheSpec;
import io.devopssim.core.datatier.cache.RedisReplica;
import io.devopssim.core.datatier.cache.Sentinel;
import io.devopssim.core.datatier.cache.ZipfPopularity;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a scenario's {@code cache} section: a Redis cache with Sentinel in front of the database.
 *
 * <p>Settings the Redis builder checks are reported under the file's keys ({@code cache.downAfter},
 * not {@code downAfterMillis}); this reader adds the upper bounds that catch units mistaken for
 * others (a {@code downAfter} of 30000 is read as seconds).
 */
final class CacheReader {

    /** Beyond this many keys the popularity is not a key space but a mistake. */
    static final double MAX_KEYS = 1e12;

    /** A Zipf exponent above this puts nearly all reads on one key. */
    static final double MAX_EXPONENT = 10;

    static final double MAX_READS_PER_REQUEST = 10_000;
    static final double MAX_DOWN_AFTER = 3600;
    static final double MAX_FAILOVER_TIMEOUT = 86_400;
    static final double DEFAULT_EXPONENT = 0.99;

    private static final Map<String, String> BUILDER_KEYS =
            Map.of(
                    "master", "master.name",
                    "downAfterMillis", "downAfter",
                    "failoverTimeoutMillis", "failoverTimeout",
                    "promotionSeconds", "promotion",
                    "popularity", "keys",
                    "replicaPriority", "priority",
                    "pingPhaseSeconds", "pingPhase");

    private CacheReader() {}

    static Optional<CacheSection> cache(Fields c) {
        String name = c.string("name").orElse("cache");
        List<CacheNode> nodes = new ArrayList<>();
        CacheNode master = master(c);
        nodes.add(master);
        RedisCacheSpec.Builder b = RedisCacheSpec.builder(name, master.name());
        List<JsonNode> replicas = c.list("replicas");
        for (int i = 0; i < replicas.size(); i++) {
            Fields r =
                    Fields.of(replicas.get(i), c.pathOf("replicas") + "[" + i + "]", c.problems());
            b.replica(replica(r, nodes));
        }
        int sentinels = sentinels(c, master, b, nodes);
        timing(c, b);
        popularity(c, b);
        double reads = bounded(c, "readsPerRequest", 1, MAX_READS_PER_REQUEST, "2");
        double capacity =
                bounded(c, "databaseReadCapacity", Double.POSITIVE_INFINITY, 1e12, "3000");
        c.node("fallbackToDatabase")
                .ifPresent(v -> b.fallbackToDatabase(flag(c, "fallbackToDatabase", v)));
        List<String> services = services(c);
        uniqueNames(c, nodes, replicas.size());
        Optional<RedisCacheSpec> spec = built(c, b, c.has("quorum") || sentinels > 0);
        c.finish();
        return spec.map(s -> new CacheSection(s, nodes, reads, capacity, services));
    }

    private static CacheNode master(Fields c) {
        Optional<Fields> m = c.object("master");
        if (m.isEmpty()) {
            c.problems()
                    .add(
                            c.pathOf("master"),
                            "required, was not set; expected e.g. {name: redis-1, region:"
                                    + " us-east-1, zone: use1-az1}");
            return new CacheNode("", "", "");
        }
        CacheNode node = location(m.get(), Optional.empty());
        m.get().finish();
        return node;
    }

    /** Reads name, region and zone; the region defaults to {@code region} when given. */
    private static CacheNode location(Fields f, Optional<String> region) {
        String name = f.requiredString("name").orElse("");
        String where =
                region.isPresent()
                        ? f.string("region").orElse(region.get())
                        : f.requiredString("region").orElse("");
        return new CacheNode(name, where, f.requiredString("zone").orElse(""));
    }

    private static RedisReplica replica(Fields r, List<CacheNode> nodes) {
        CacheNode node = location(r, Optional.empty());
        nodes.add(node);
        int priority = r.integer("priority").orElse(100);
        boolean warm = r.node("warm").map(v -> flag(r, "warm", v)).orElse(true);
        r.finish();
        return new RedisReplica(node.name(), node.zone(), priority, warm);
    }

    /** Reads the sentinels and the quorum, by default a majority; returns how many there are. */
    private static int sentinels(
            Fields c, CacheNode master, RedisCacheSpec.Builder b, List<CacheNode> nodes) {
        List<JsonNode> sentinels = c.list("sentinels");
        if (!c.has("sentinels") || sentinels.isEmpty()) {
            c.problems()
                    .add(
                            c.pathOf("sentinels"),
                            "required: at least one sentinel, such as [{name: s1, zone:"
                                    + " use1-az1}]");
        }
        for (int i = 0; i < sentinels.size(); i++) {
            Fields s =
                    Fields.of(
                            sentinels.get(i), c.pathOf("sentinels") + "[" + i + "]", c.problems());
            CacheNode node = location(s, Optional.of(master.region()));
            nodes.add(node);
            OptionalDouble phase = s.duration("pingPhase");
            s.finish();
            b.sentinel(
                    phase.isPresent()
                            ? Sentinel.of(node.name(), node.zone(), phase.getAsDouble())
                            : Sentinel.of(node.name(), node.zone()));
        }
        int majority = sentinels.size() / 2 + 1;
        b.quorum(c.integer("quorum").orElse(majority));
        return sentinels.size();
    }

    private static void timing(Fields c, RedisCacheSpec.Builder b) {
        c.duration("downAfter")
                .ifPresent(s -> b.downAfterMillis(capped(c, "downAfter", s, MAX_DOWN_AFTER)));
        c.duration("failoverTimeout")
                .ifPresent(
                        s ->
                                b.failoverTimeoutMillis(
                                        capped(c, "failoverTimeout", s, MAX_FAILOVER_TIMEOUT)));
        c.duration("promotion")
                .ifPresent(
                        s -> b.promotionSeconds(capped(c, "promotion", s, MAX_DOWN_AFTER) / 1000));
    }

    /** Returns the seconds as milliseconds, reporting values above {@code max} seconds. */
    private static double capped(Fields c, String key, double seconds, double max) {
        if (seconds > max && Double.isFinite(seconds)) {
            c.problems()
                    .add(
                            c.pathOf(key),
                            "expected a duration up to "
                                    + Values.number(max)
                                    + " s such as 30s (a plain number is seconds), was "
                                    + Values.number(seconds));
        }
        return seconds * 1000;
    }

    private static void popularity(Fields c, RedisCacheSpec.Builder b) {
        OptionalDouble keys = c.number("keys");
        if (!c.has("keys")) {
            c.problems().add(c.pathOf("keys"), "required, was not set; expected e.g. 1000000");
        }
        boolean keysOk = keys.isPresent() && wholeInRange(c, "keys", keys.getAsDouble());
        double exponent = c.number("zipfExponent").orElse(DEFAULT_EXPONENT);
        boolean exponentOk = exponent >= 0 && exponent <= MAX_EXPONENT;
        if (!exponentOk) {
            c.problems()
                    .add(
                            c.pathOf("zipfExponent"),
                            "expected a number in [0, "
                                    + Values.number(MAX_EXPONENT)
                                    + "] such as 0.99, was "
                                    + Values.number(exponent));
        }
        if (keysOk && exponentOk) {
            b.popularity(ZipfPopularity.of((long) keys.getAsDouble(), exponent));
        }
        OptionalDouble capacity = c.number("capacityKeys");
        if (!c.has("capacityKeys")) {
            c.problems()
                    .add(c.pathOf("capacityKeys"), "required, was not set; expected e.g. 200000");
        } else if (capacity.isPresent()
                && wholeInRange(c, "capacityKeys", capacity.getAsDouble())) {
            b.capacityKeys(capacity.getAsDouble());
        }
    }

    private static boolean wholeInRange(Fields c, String key, double value) {
        if (value >= 1 && value <= MAX_KEYS && value == Math.rint(value)) {
            return true;
        }
        c.problems()
                .add(
                        c.pathOf(key),
                        "expected a whole number in [1, 1e12], was " + Values.number(value));
        return false;
    }

    /** Returns the number at {@code key}, or {@code absent}; reports values outside (0, max]. */
    private static double bounded(Fields c, String key, double absent, double max, String example) {
        OptionalDouble value = c.number(key);
        if (value.isEmpty()) {
            return absent;
        }
        double v = value.getAsDouble();
        if (!(v > 0 && v <= max)) {
            c.problems()
                    .add(
                            c.pathOf(key),
                            "expected a number in (0, "
                                    + Values.number(max)
                                    + "] such as "
                                    + example
                                    + ", was "
                                    + Values.number(v));
        }
        return v;
    }

    private static List<String> services(Fields c) {
        List<JsonNode> list = c.list("services");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isTextual()) {
                names.add(list.get(i).asText());
            } else {
                c.problems()
                        .add(
                                c.pathOf("services") + "[" + i + "]",
                                "expected a service name, was " + Values.describe(list.get(i)));
            }
        }
        return names;
    }

    /** Reports names used twice over master, replicas and sentinels, which failures address. */
    private static void uniqueNames(Fields c, List<CacheNode> nodes, int replicaCount) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String name = nodes.get(i).name();
            if (!name.isEmpty() && !seen.add(name)) {
                c.problems()
                        .add(
                                CacheLocations.path(c.path(), i, replicaCount) + ".name",
                                "duplicate name "
                                        + Values.quoted(name)
                                        + "; master, replicas and sentinels need distinct names");
            }
        }
    }

    private static boolean flag(Fields f, String key, JsonNode v) {
        if (!v.isBoolean()) {
            f.problems().add(f.pathOf(key), "expected true or false, was " + Values.describe(v));
        }
        return v.asBoolean();
    }

    /** Builds the spec, reporting its builder's problems under the file's keys. */
    private static Optional<RedisCacheSpec> built(
            Fields c, RedisCacheSpec.Builder b, boolean quorumMatters) {
        try {
            return Optional.of(b.build());
        } catch (InvalidInputException e) {
            List<Problem> translated = new ArrayList<>();
            for (Problem p : e.problems()) {
                if (quorumMatters || !p.path().equals("quorum")) {
                    translated.add(new Problem(c.pathOf(fileKey(p.path())), p.message()));
                }
            }
            c.problems().addUnreported(translated);
            return Optional.empty();
        }
    }

    private static String fileKey(String path) {
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        return path.substring(0, dot + 1) + BUILDER_KEYS.getOrDefault(last, last);
    }
}
