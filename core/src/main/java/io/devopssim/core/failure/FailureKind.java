package io.devopssim.core.failure;

import java.util.Locale;

/** Says what fails: a pod, a node, a zone, a region or a whole cloud, with everything below it. */
public enum FailureKind {

    /** A pod crashes. */
    POD_CRASH(Level.POD),

    /** A node is lost with every pod on it. */
    NODE_LOSS(Level.NODE),

    /** An availability zone goes down with its nodes and pods. */
    ZONE_OUTAGE(Level.ZONE),

    /** A region goes down with its zones. */
    REGION_OUTAGE(Level.REGION),

    /** A whole cloud goes down with its regions. */
    CLOUD_OUTAGE(Level.CLOUD);

    private final Level level;

    FailureKind(Level level) {
        this.level = level;
    }

    /**
     * Returns the level of the component this kind of failure takes down.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }

    /**
     * Returns the kind's name as random-stream names and messages spell it, such as {@code
     * zone-outage}.
     *
     * @return the lower-case, hyphenated name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
