package io.devopssim.core.failure;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What fails in a run: a topology, failures at set times and failures drawn from MTBF and MTTR.
 *
 * <p>Build instances with {@link #builder(Topology)}, which validates and reports every problem at
 * once.
 *
 * @param topology where everything runs
 * @param scheduled failures at set times
 * @param random failures drawn per component
 * @param horizonSeconds random failures starting after this time are not drawn, so that a run with
 *     random failures can drain; {@link Double#POSITIVE_INFINITY} for no horizon
 */
public record FailurePlan(
        Topology topology,
        List<ScheduledFailure> scheduled,
        List<RandomFailures> random,
        double horizonSeconds) {

    /** Checks for nulls and copies the lists. */
    public FailurePlan {
        Objects.requireNonNull(topology, "topology");
        scheduled = List.copyOf(scheduled);
        random = List.copyOf(random);
    }

    /**
     * Returns a builder for failures in a topology; with nothing added, nothing fails.
     *
     * @param topology where everything runs
     * @return the builder
     */
    public static Builder builder(Topology topology) {
        return new Builder(Objects.requireNonNull(topology, "topology"));
    }

    /** Collects failures; the horizon defaults to none. */
    public static final class Builder {

        private final Topology topology;
        private final List<ScheduledFailure> scheduled = new ArrayList<>();
        private final List<RandomFailures> random = new ArrayList<>();
        private double horizonSeconds = Double.POSITIVE_INFINITY;

        private Builder(Topology topology) {
            this.topology = topology;
        }

        /** Adds a failure at a set time. */
        public Builder at(double atSeconds, FailureKind kind, String target, double duration) {
            return scheduled(new ScheduledFailure(kind, target, atSeconds, duration));
        }

        /** Adds a failure at a set time. */
        public Builder scheduled(ScheduledFailure failure) {
            scheduled.add(Objects.requireNonNull(failure, "failure"));
            return this;
        }

        /** Adds failures drawn from MTBF and MTTR. */
        public Builder random(RandomFailures failures) {
            random.add(Objects.requireNonNull(failures, "failures"));
            return this;
        }

        /** Sets the time after which no random failure starts. */
        public Builder horizonSeconds(double seconds) {
            this.horizonSeconds = seconds;
            return this;
        }

        /**
         * Returns the validated plan.
         *
         * @return the plan
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public FailurePlan build() {
            Problems problems = new Problems();
            Bounds c = new Bounds(problems, "");
            for (int i = 0; i < scheduled.size(); i++) {
                checkScheduled(c.index("scheduled", i), scheduled.get(i));
            }
            Map<Component, Integer> coveredBy = new HashMap<>();
            for (int i = 0; i < random.size(); i++) {
                checkRandom(c.index("random", i), i, random.get(i), coveredBy);
            }
            if (Double.isNaN(horizonSeconds) || !(horizonSeconds > 0)) {
                c.fail("horizonSeconds", "must be > 0, was " + Bounds.number(horizonSeconds));
            }
            problems.throwIfAny("failures");
            return new FailurePlan(topology, scheduled, random, horizonSeconds);
        }

        private void checkScheduled(Bounds c, ScheduledFailure f) {
            Level level = f.kind().level();
            c.known("target", f.target(), level.label(), names(level));
            if (f.count() != 1) {
                c.fail("count", "must be 1: one named component fails, was " + f.count());
            }
            c.nonNegative("atSeconds", f.atSeconds());
            if (Double.isNaN(f.durationSeconds()) || !(f.durationSeconds() > 0)) {
                c.fail(
                        "durationSeconds",
                        "must be > 0 (or infinite for no recovery), was "
                                + Bounds.number(f.durationSeconds()));
            }
        }

        private void checkRandom(
                Bounds c, int i, RandomFailures f, Map<Component, Integer> coveredBy) {
            c.positive("mtbfSeconds", f.mtbfSeconds());
            c.distribution("repair", f.repair());
            if (f.scope().isPresent() && !scopeValid(c, f)) {
                return;
            }
            for (Component target : targets(topology, f)) {
                Integer earlier = coveredBy.putIfAbsent(target, i);
                if (earlier != null) {
                    c.fail(
                            "scope",
                            f.kind().label()
                                    + " of "
                                    + target
                                    + " is already drawn by random["
                                    + earlier
                                    + "]; give each component one MTBF per kind");
                    return;
                }
            }
        }

        private boolean scopeValid(Bounds c, RandomFailures f) {
            Component scope = f.scope().orElseThrow();
            if (!c.known("scope", scope.name(), scope.level().label(), names(scope.level()))) {
                return false;
            }
            if (scope.level().ordinal() > f.kind().level().ordinal()) {
                c.fail(
                        "scope",
                        "a "
                                + f.kind().label()
                                + " needs a scope at "
                                + f.kind().level().label()
                                + " level or above, was "
                                + scope);
                return false;
            }
            return true;
        }

        private List<String> names(Level level) {
            return topology.components(level).stream().map(Component::name).toList();
        }
    }

    /** Returns the components a random-failure specification draws failures for. */
    static List<Component> targets(Topology topology, RandomFailures f) {
        Level level = f.kind().level();
        if (f.scope().isEmpty()) {
            return topology.components(level);
        }
        return topology.subtree(f.scope().orElseThrow()).stream()
                .filter(c -> c.level() == level)
                .toList();
    }
}
