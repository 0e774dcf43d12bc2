package io.devopssim.core.failure;

import java.util.Objects;

/**
 * One element of the topology: a cloud, region, zone, node or pod, named uniquely at its level.
 *
 * @param level where it sits
 * @param name its name, unique among the components of its level
 */
public record Component(Level level, String name) {

    /** Checks for nulls. */
    public Component {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return level.label() + " " + name;
    }
}
