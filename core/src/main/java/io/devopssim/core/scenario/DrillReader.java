package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PatroniSettings;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.drill.DatabaseSection;
import io.devopssim.core.drill.DrillSpec;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/** Reads a scenario's {@code database} and {@code drill} sections. */
final class DrillReader {

    private static final String BUSIEST_HOUR = "busiest-hour";

    private DrillReader() {}

    static Optional<DatabaseSection> database(Fields d) {
        String name = d.string("name").orElse("db");
        PostgresClusterSpec.Builder cluster = PostgresClusterSpec.builder(name);
        List<JsonNode> members = d.list("members");
        if (!d.has("members")) {
            d.problems().add(d.pathOf("members"), "required, was not set");
        }
        for (int i = 0; i < members.size(); i++) {
            Fields m = Fields.of(members.get(i), d.pathOf("members") + "[" + i + "]", d.problems());
            cluster.member(member(m));
        }
        d.string("primary").ifPresent(cluster::initialPrimary);
        d.object("patroni").ifPresent(p -> cluster.patroni(patroni(p)));
        List<String> services = services(d);
        double perRequest = d.quantity("writeBytesPerRequest").orElse(0);
        double share = d.number("writeRequestShare").orElse(0);
        checkShare(d, perRequest, share);
        Optional<WalArchiveSpec> archive = d.object("walArchive").flatMap(DrillReader::archive);
        if (!d.has("walArchive")) {
            d.problems()
                    .add(
                            d.pathOf("walArchive"),
                            "required, was not set; expected e.g. {databaseSize: 20Gi}");
        }
        Optional<PostgresClusterSpec> spec = built(d, cluster::build);
        d.finish();
        if (spec.isEmpty() || archive.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new DatabaseSection(spec.get(), archive.get(), perRequest, share, services));
    }

    /** Reads the names of the services that use the database; the model checks they exist. */
    private static List<String> services(Fields d) {
        List<JsonNode> names = d.list("services");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            JsonNode n = names.get(i);
            if (n.isTextual() && !n.asText().isBlank()) {
                found.add(n.asText());
            } else {
                d.problems()
                        .add(
                                d.pathOf("services") + "[" + i + "]",
                                "expected the name of a service, was " + n);
            }
        }
        return found;
    }

    /**
     * Reports every name in the database's {@code services} that is not a service of the model.
     *
     * @param database the scenario's database, if any
     * @param names the model's service names
     * @param problems where problems go, with {@code database.services[i]} paths
     */
    static void checkServices(
            Optional<DatabaseSection> database, List<String> names, Problems problems) {
        List<String> used = database.map(DatabaseSection::services).orElse(List.of());
        for (int i = 0; i < used.size(); i++) {
            if (!names.contains(used.get(i))) {
                problems.add(
                        "database.services[" + i + "]",
                        "expected the name of a service "
                                + names
                                + ", was \""
                                + used.get(i)
                                + "\"");
            }
        }
    }

    private static void checkShare(Fields d, double perRequest, double share) {
        if (!(perRequest >= 0) || Double.isInfinite(perRequest)) {
            d.problems()
                    .add(
                            d.pathOf("writeBytesPerRequest"),
                            "expected a finite size >= 0 such as 2Ki, was " + perRequest);
        }
        if (!(share >= 0 && share <= 1)) {
            d.problems()
                    .add(d.pathOf("writeRequestShare"), "expected a share in [0, 1], was " + share);
        }
    }

    private static PostgresMember.Builder member(Fields m) {
        PostgresMember.Builder b = PostgresMember.builder(m.requiredString("name").orElse(""));
        Optional<String> region = m.requiredString("region");
        Optional<String> zone = m.requiredString("zone");
        if (region.isPresent() && zone.isPresent()) {
            b.location(region.get(), zone.get());
        }
        m.integer("failoverPriority").ifPresent(b::failoverPriority);
        m.quantity("applyRate").ifPresent(b::applyBytesPerSecond);
        m.quantity("receiveRate").ifPresent(b::receiveBytesPerSecond);
        m.duration("shippingDelay").ifPresent(b::shippingDelaySeconds);
        m.finish();
        return b;
    }

    private static PatroniSettings.Builder patroni(Fields p) {
        PatroniSettings.Builder b = PatroniSettings.builder();
        p.duration("ttl").ifPresent(b::ttlSeconds);
        p.duration("loopWait").ifPresent(b::loopWaitSeconds);
        p.duration("retryTimeout").ifPresent(b::retryTimeoutSeconds);
        p.quantity("maximumLagOnFailover").ifPresent(b::maximumLagOnFailoverBytes);
        p.node("synchronousMode").ifPresent(v -> b.synchronousMode(flag(p, v)));
        p.integer("synchronousNodeCount").ifPresent(b::synchronousNodeCount);
        p.duration("promotion").ifPresent(b::promotionSeconds);
        p.finish();
        return b;
    }

    private static boolean flag(Fields p, JsonNode v) {
        if (!v.isBoolean()) {
            p.problems().add(p.pathOf("synchronousMode"), "expected true or false, was " + v);
        }
        return v.asBoolean();
    }

    private static Optional<WalArchiveSpec> archive(Fields a) {
        OptionalDouble size = a.quantity("databaseSize");
        if (!a.has("databaseSize")) {
            a.problems().add(a.pathOf("databaseSize"), "required, was not set; expected e.g. 20Gi");
        }
        WalArchiveSpec.Builder b = WalArchiveSpec.builder(size.orElse(1));
        a.quantity("segmentSize").ifPresent(b::segmentSizeBytes);
        a.duration("archiveTimeout").ifPresent(b::archiveTimeoutSeconds);
        a.duration("copyDelay").ifPresent(b::copyDelaySeconds);
        a.duration("baseBackupInterval").ifPresent(b::baseBackupIntervalSeconds);
        a.quantity("baseBackupRate").ifPresent(b::baseBackupBytesPerSecond);
        a.quantity("restoreRate").ifPresent(b::restoreBytesPerSecond);
        a.quantity("walReplayRate").ifPresent(b::walReplayBytesPerSecond);
        a.finish();
        return size.isEmpty() ? Optional.empty() : built(a, b::build);
    }

    /** Builds a spec, reporting its builder's problems under the section's path. */
    private static <T> Optional<T> built(Fields f, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                String path = p.path().isEmpty() ? f.path() : f.path() + "." + p.path();
                f.problems().add(path, p.message());
            }
            return Optional.empty();
        }
    }

    static Optional<DrillSpec> drill(Fields d) {
        Optional<String> location = d.requiredString("region");
        OptionalDouble at = OptionalDouble.empty();
        boolean busiest = d.node("at").filter(v -> BUSIEST_HOUR.equals(v.asText())).isPresent();
        if (d.has("at") && !busiest) {
            at = d.duration("at");
        }
        double duration = d.duration("duration").orElse(3600);
        if (!(duration > 0) || Double.isInfinite(duration)) {
            d.problems()
                    .add(
                            d.pathOf("duration"),
                            "expected a duration above 0 such as 2h, was " + duration);
        }
        boolean execute = d.node("executePlan").map(v -> executeFlag(d, v)).orElse(true);
        Optional<String> service = d.string("service");
        d.finish();
        if (location.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = location.get().split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            d.problems()
                    .add(
                            d.pathOf("region"),
                            "expected provider/region such as aws/us-east-1, was \""
                                    + location.get()
                                    + "\"");
            return Optional.empty();
        }
        return Optional.of(new DrillSpec(parts[0], parts[1], at, duration, execute, service));
    }

    private static boolean executeFlag(Fields d, JsonNode v) {
        if (!v.isBoolean()) {
            d.problems().add(d.pathOf("executePlan"), "expected true or false, was " + v);
        }
        return v.asBoolean();
    }
}
