package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks what a model's failures name against what the run has: components, pods and times. */
final class FailureTargets {

    private FailureTargets() {}

    /** Reports failures of a level the topology has no component of: pods, or nodes unset. */
    static boolean targetsExist(Failures f, Topology topology, List<Problem> problems) {
        int before = problems.size();
        for (int i = 0; i < f.scheduled().size(); i++) {
            FailureKind kind = f.scheduled().get(i).kind();
            if (kind != FailureKind.POD_CRASH) {
                noTargets("failures.scheduled[" + i + "]", kind, topology).ifPresent(problems::add);
            }
        }
        for (int i = 0; i < f.random().size(); i++) {
            FailureKind kind = f.random().get(i).kind();
            if (kind != FailureKind.POD_CRASH) {
                noTargets("failures.random[" + i + "]", kind, topology).ifPresent(problems::add);
            }
        }
        return problems.size() == before;
    }

    /**
     * Returns the names a scheduled pod crash can target: {@code <service>/<region>} of every
     * region a service runs in, and {@code <service>} alone for a service in one region.
     */
    static Set<String> podTargets(
            ClusterModel model, Map<Integer, List<RegionPlan>> regions, Optional<Region> cluster) {
        Set<String> targets = new LinkedHashSet<>();
        for (int i = 0; i < model.services().size(); i++) {
            String name = model.services().get(i).name();
            List<String> in = new ArrayList<>();
            regions.getOrDefault(i, List.of()).forEach(r -> in.add(r.location().id()));
            if (!model.services().get(i).isPlaced()) {
                cluster.ifPresent(r -> in.add(r.id()));
            }
            in.forEach(region -> targets.add(name + "/" + region));
            if (in.size() == 1) {
                targets.add(name);
            }
        }
        return targets;
    }

    /**
     * Reports scheduled pod crashes whose target is not {@code <service>/<region>} of a region the
     * service runs in, or {@code <service>} of a service that runs in one region.
     */
    static boolean podTargetsExist(Failures f, Set<String> targets, List<Problem> problems) {
        int before = problems.size();
        for (int i = 0; i < f.scheduled().size(); i++) {
            String target = f.scheduled().get(i).target();
            if (f.scheduled().get(i).kind() != FailureKind.POD_CRASH) {
                continue;
            }
            podCrashValues("failures.scheduled[" + i + "]", f.scheduled().get(i), problems);
            if (!targets.contains(target)) {
                problems.add(
                        new Problem(
                                "failures.scheduled[" + i + "].target",
                                "unknown pod-crash target \""
                                        + target
                                        + "\"; expected <service>/<region> of a region the"
                                        + " service runs in, or <service> when it runs in one;"
                                        + " known: "
                                        + String.join(", ", targets)));
            }
        }
        return problems.size() == before;
    }

    static void podCrashValues(String path, ScheduledFailure f, List<Problem> problems) {
        if (f.count() < 1) {
            problems.add(new Problem(path + ".count", "must be >= 1, was " + f.count()));
        }
        if (Double.isNaN(f.atSeconds()) || f.atSeconds() < 0) {
            problems.add(
                    new Problem(path + ".at", "must be >= 0, was " + Bounds.number(f.atSeconds())));
        }
    }

    static Optional<Problem> noTargets(String path, FailureKind kind, Topology topology) {
        if (topology.components(kind.level()).isEmpty()) {
            String fix =
                    kind.level() == Level.NODE
                            ? " needs nodes, and no placement has any (services without"
                                    + " placements run on zones only); set nodesPerZone on a"
                                    + " placement"
                            : " needs a "
                                    + kind.level().label()
                                    + " and no placement was found"
                                    + " in the cloud catalogue; see the placements' problems";
            return Optional.of(new Problem(path + ".kind", kind.label() + fix));
        }
        return Optional.empty();
    }

    /** Reports scheduled failures that start at or after the end of the run: they would not run. */
    static void afterTheEnd(Failures f, double duration, List<Problem> problems) {
        for (int i = 0; i < f.scheduled().size(); i++) {
            double at = f.scheduled().get(i).atSeconds();
            if (at >= duration) {
                problems.add(
                        new Problem(
                                "failures.scheduled[" + i + "].at",
                                "must be before the end of the run ("
                                        + Bounds.number(duration)
                                        + " s), was "
                                        + Bounds.number(at)
                                        + " s"));
            }
        }
    }
}
