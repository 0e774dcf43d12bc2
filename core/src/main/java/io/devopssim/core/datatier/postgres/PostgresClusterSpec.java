package io.devopssim.core.datatier.postgres;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A PostgreSQL cluster managed by Patroni: its members, which one starts as primary, its settings.
 *
 * <p>In synchronous mode the synchronous standbys are the {@code synchronous_node_count} replicas
 * that may be promoted, highest failover priority first, then by name; see {@link
 * #synchronousStandbys()}.
 *
 * <p>Build instances with {@link #builder(String)}, which validates; the canonical constructor does
 * not.
 *
 * @param name the cluster's name (Patroni's {@code scope})
 * @param members the servers, at least two, names unique
 * @param initialPrimary the name of the member that is primary at time zero
 * @param patroni the failover settings
 * @param stepSeconds how often WAL positions advance at least, in simulated seconds
 */
public record PostgresClusterSpec(
        String name,
        List<PostgresMember> members,
        String initialPrimary,
        PatroniSettings patroni,
        double stepSeconds) {

    /** Returns a builder for a cluster called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Returns the member called {@code name}, which must exist. */
    public PostgresMember member(String name) {
        return members.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no member called " + name + " in " + names()));
    }

    /** Returns the members' names in order. */
    public List<String> names() {
        return members.stream().map(PostgresMember::name).toList();
    }

    /**
     * Returns the synchronous standbys in synchronous mode, empty in asynchronous mode.
     *
     * @return the names of the replicas whose commits the primary waits for
     */
    public List<String> synchronousStandbys() {
        if (!patroni.synchronousMode()) {
            return List.of();
        }
        return promotableReplicas().stream()
                .limit(patroni.synchronousNodeCount())
                .map(PostgresMember::name)
                .toList();
    }

    private List<PostgresMember> promotableReplicas() {
        return members.stream()
                .filter(m -> !m.name().equals(initialPrimary) && m.canBePromoted())
                .sorted(
                        Comparator.comparingInt(PostgresMember::failoverPriority)
                                .reversed()
                                .thenComparing(PostgresMember::name))
                .toList();
    }

    /**
     * Builds a {@link PostgresClusterSpec}, reporting every invalid value at once. Defaults: the
     * first member is the initial primary, Patroni's default settings, a 1 s step.
     */
    public static final class Builder {

        private final String name;
        private final List<PostgresMember.Builder> members = new ArrayList<>();
        private String initialPrimary;
        private PatroniSettings.Builder patroni = PatroniSettings.builder();
        private double stepSeconds = 1;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds a member; the first one added is the default initial primary. */
        public Builder member(PostgresMember.Builder member) {
            members.add(Objects.requireNonNull(member, "member"));
            return this;
        }

        /** Sets the member that is primary at time zero; default the first member. */
        public Builder initialPrimary(String member) {
            this.initialPrimary = Objects.requireNonNull(member, "member");
            return this;
        }

        /** Sets the Patroni settings; default {@link PatroniSettings#defaults()}. */
        public Builder patroni(PatroniSettings.Builder settings) {
            this.patroni = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Sets the longest interval between two WAL position updates; default 1 s. */
        public Builder stepSeconds(double seconds) {
            this.stepSeconds = seconds;
            return this;
        }

        /**
         * Returns the validated cluster.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public PostgresClusterSpec build() {
            Problems problems = new Problems();
            Bounds c = new Bounds(problems, "");
            c.notBlank("name", name);
            PatroniSettings settings = patroni.check(c.at("patroni"));
            List<PostgresMember> built = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                built.add(members.get(i).check(c.index("members", i)));
            }
            String primary =
                    initialPrimary != null || built.isEmpty()
                            ? initialPrimary
                            : built.get(0).name();
            c.positive("stepSeconds", stepSeconds);
            PostgresClusterSpec spec =
                    new PostgresClusterSpec(
                            name, List.copyOf(built), primary, settings, stepSeconds);
            crossChecks(spec, c);
            problems.throwIfAny("postgres cluster " + name);
            return spec;
        }

        private static void crossChecks(PostgresClusterSpec spec, Bounds c) {
            if (spec.members().size() < 2) {
                c.fail(
                        "members",
                        "must hold at least 2 members (a primary and a replica), was "
                                + spec.members().size());
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < spec.members().size(); i++) {
                PostgresMember m = spec.members().get(i);
                if (!seen.add(m.name())) {
                    c.index("members", i)
                            .fail("name", "duplicate member name " + Values.quoted(m.name()));
                }
                double phase = m.loopPhaseSeconds().orElse(0);
                if (phase >= spec.patroni().loopWaitSeconds()) {
                    c.index("members", i)
                            .fail(
                                    "loopPhaseSeconds",
                                    "must be < loop_wait ("
                                            + Values.number(spec.patroni().loopWaitSeconds())
                                            + "), was "
                                            + Values.number(phase));
                }
            }
            if (spec.initialPrimary() != null) {
                c.known("initialPrimary", spec.initialPrimary(), "name", spec.names());
            }
            synchronousCount(spec, c);
        }

        private static void synchronousCount(PostgresClusterSpec spec, Bounds c) {
            if (!spec.patroni().synchronousMode()
                    || !spec.names().contains(spec.initialPrimary())) {
                return;
            }
            int promotable = spec.promotableReplicas().size();
            if (spec.patroni().synchronousNodeCount() > promotable) {
                c.at("patroni")
                        .fail(
                                "synchronous_node_count",
                                "must be <= the replicas that may be promoted ("
                                        + promotable
                                        + "), was "
                                        + spec.patroni().synchronousNodeCount());
            }
        }
    }
}
