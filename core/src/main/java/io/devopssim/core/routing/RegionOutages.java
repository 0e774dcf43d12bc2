package io.devopssim.core.routing;

import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailureEvent;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.Topology;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells from failure events which regions can no longer answer: the region is down, or every zone.
 *
 * <p>A zone counts as down while a failure covers it, or, when it has nodes, while failures cover
 * all of them. The components down are those the failure injector reported flipping, so overlapping
 * failures count as the injector counts them: a region is back as soon as one of its zones is.
 */
final class RegionOutages {

    private final Topology topology;
    private final Set<Component> down = new HashSet<>();

    RegionOutages(Topology topology) {
        this.topology = topology;
    }

    /** Applies an event; returns the regions of the topology that it touched, in event order. */
    Set<String> apply(FailureEvent event) {
        boolean started = event instanceof FailureStarted;
        Set<String> touched = new LinkedHashSet<>();
        for (Component c : event.changed()) {
            if (started) {
                down.add(c);
            } else {
                down.remove(c);
            }
            regionOf(c).ifPresent(r -> touched.add(r.name()));
        }
        return touched;
    }

    /** Returns whether the region is down itself or in every zone; false if it is unknown. */
    boolean isDown(String region) {
        Optional<Component> r = topology.find(Level.REGION, region);
        if (r.isEmpty()) {
            return false;
        }
        return down.contains(r.get()) || allDown(r.get(), Level.ZONE);
    }

    /** Returns whether the component has children at the level and every one of them is down. */
    private boolean allDown(Component parent, Level level) {
        List<Component> children =
                topology.subtree(parent).stream().filter(c -> c.level() == level).toList();
        if (children.isEmpty()) {
            return false;
        }
        for (Component child : children) {
            if (!locationDown(child)) {
                return false;
            }
        }
        return true;
    }

    private boolean locationDown(Component c) {
        if (down.contains(c)) {
            return true;
        }
        return c.level() == Level.ZONE && allDown(c, Level.NODE);
    }

    private Optional<Component> regionOf(Component c) {
        if (c.level() == Level.CLOUD || topology.find(c.level(), c.name()).isEmpty()) {
            return Optional.empty();
        }
        return topology.ancestor(c, Level.REGION);
    }
}
