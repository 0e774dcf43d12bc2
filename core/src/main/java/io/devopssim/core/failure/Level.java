package io.devopssim.core.failure;

import java.util.Locale;

/** Says where a component sits in the topology, from a whole cloud down to a single pod. */
public enum Level {

    /** A cloud provider: all of its regions. */
    CLOUD,

    /** A region of one cloud: all of its zones. */
    REGION,

    /** An availability zone of one region: all of its nodes. */
    ZONE,

    /** A node (a machine) in one zone: all of the pods placed on it. */
    NODE,

    /** A pod on one node. */
    POD;

    /**
     * Returns the level's name as messages spell it, such as {@code zone}.
     *
     * @return the lower-case name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the level directly above, or this level for {@link #CLOUD}.
     *
     * @return the parent level
     */
    Level parent() {
        return this == CLOUD ? CLOUD : values()[ordinal() - 1];
    }
}
