package io.devopssim.core.failure;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes a {@link FailurePlan} happen on a kernel and publishes {@link FailureEvent}s.
 *
 * <p>A failure takes down its target and everything below it (a zone its nodes and their pods, a
 * region its zones, a cloud its regions). Each component counts the active failures covering it, so
 * overlapping failures compose: a node lost during its zone's outage stays down until both have
 * recovered. Starting or ending a failure costs O(size of the subtree) plus one kernel event.
 *
 * <p>Random failures draw from one stream per kind and component ({@code failure/<kind>/<name>}),
 * so the same seed gives the same failures and a new component changes no other's draws.
 *
 * <p><b>Limitations.</b> Recovery makes capacity available again; it does not start pods. A runtime
 * listening to {@link FailureRecovered} restarts them through its start-up path. Random failures of
 * a component while it is already down still count (they overlap the first).
 */
public final class FailureInjector {

    private final SimulationKernel kernel;
    private final FailurePlan plan;
    private final Topology topology;
    private final int[] covering;
    private long nextFailureId;

    private FailureInjector(SimulationKernel kernel, FailurePlan plan) {
        this.kernel = kernel;
        this.plan = plan;
        this.topology = plan.topology();
        this.covering = new int[topology.size()];
    }

    /**
     * Returns an injector that has scheduled every failure of the plan on the kernel.
     *
     * @param kernel the run's kernel, whose seed fixes the random failures
     * @param plan what fails
     * @return the injector
     */
    public static FailureInjector start(SimulationKernel kernel, FailurePlan plan) {
        FailureInjector injector =
                new FailureInjector(
                        Objects.requireNonNull(kernel, "kernel"),
                        Objects.requireNonNull(plan, "plan"));
        injector.scheduleAll();
        return injector;
    }

    /**
     * Returns the topology the injector works on.
     *
     * @return the topology
     */
    public Topology topology() {
        return topology;
    }

    /**
     * Returns whether a component is down, by its own failure or one above it.
     *
     * @param component a component of the topology
     * @return true while any failure covers it
     * @throws IllegalArgumentException if the component is not in the topology
     */
    public boolean isDown(Component component) {
        return covering[topology.id(component)] > 0;
    }

    /**
     * Returns the components of a level that are up now.
     *
     * @param level the level
     * @return the names, in depth-first order
     */
    public List<String> up(Level level) {
        List<String> names = new ArrayList<>();
        for (Component c : topology.components(level)) {
            if (!isDown(c)) {
                names.add(c.name());
            }
        }
        return names;
    }

    private void scheduleAll() {
        for (ScheduledFailure f : plan.scheduled()) {
            Component target = topology.find(f.kind().level(), f.target()).orElseThrow();
            kernel.scheduleAt(
                    Math.max(kernel.now(), f.atSeconds()),
                    k -> begin(f.kind(), target, f.durationSeconds(), true, null));
        }
        for (RandomFailures f : plan.random()) {
            for (Component target : FailurePlan.targets(topology, f)) {
                String stream = "failure/" + f.kind().label() + "/" + target.name();
                scheduleRandom(new Process(f, target, kernel.random(stream)));
            }
        }
    }

    private void scheduleRandom(Process p) {
        double at = kernel.now() + p.spec.mtbfSeconds() * p.random.nextExponential();
        // A huge MTBF can overflow to infinity: that failure never comes.
        if (Double.isFinite(at) && at <= plan.horizonSeconds()) {
            kernel.scheduleAt(at, k -> beginRandom(p));
        }
    }

    private void beginRandom(Process p) {
        double repair = p.spec.repair().sample(p.random);
        begin(p.spec.kind(), p.target, repair, false, p);
    }

    private void begin(
            FailureKind kind, Component target, double duration, boolean scheduled, Process p) {
        long id = nextFailureId++;
        double start = kernel.now();
        List<Component> down = cover(target, +1);
        double recoversAt = start + duration;
        kernel.publish(new FailureStarted(start, id, kind, target, down, scheduled, recoversAt));
        if (Double.isFinite(recoversAt)) {
            kernel.scheduleAt(recoversAt, k -> end(id, kind, target, start, p));
        }
    }

    private void end(long id, FailureKind kind, Component target, double startedAt, Process p) {
        List<Component> up = cover(target, -1);
        kernel.publish(new FailureRecovered(kernel.now(), id, kind, target, up, startedAt));
        if (p != null) {
            scheduleRandom(p);
        }
    }

    /** Adds {@code delta} to the subtree's counts; returns the components whose state flipped. */
    private List<Component> cover(Component target, int delta) {
        int first = topology.id(target);
        int end = topology.subtreeEnd(first);
        List<Component> flipped = new ArrayList<>();
        for (int i = first; i < end; i++) {
            int before = covering[i];
            covering[i] += delta;
            if ((before == 0) != (covering[i] == 0)) {
                flipped.add(topology.component(i));
            }
        }
        return flipped;
    }

    /** One component's alternation of up and down times for one kind of random failure. */
    private record Process(RandomFailures spec, Component target, RandomGenerator random) {}
}
