package io.devopssim.core.failure;

import io.devopssim.core.kernel.SimEvent;
import java.util.List;

/** Marks the events of the failure injector; listen to this type for all of them. */
public sealed interface FailureEvent extends SimEvent permits FailureStarted, FailureRecovered {

    /**
     * Returns the failure's id, the same in its start and recovery events.
     *
     * @return the id, counting from 0 in order of start
     */
    long failureId();

    /**
     * Returns what failed.
     *
     * @return the kind
     */
    FailureKind kind();

    /**
     * Returns the component that failed; everything below it was affected.
     *
     * @return the target
     */
    Component target();

    /**
     * Returns the components whose state changed with this event, in depth-first order.
     *
     * @return the components that went down (start) or came back up (recovery)
     */
    List<Component> changed();

    /**
     * Returns the names of the changed components at one level, such as the pods to restart.
     *
     * @param level the level
     * @return the names, in depth-first order
     */
    default List<String> changed(Level level) {
        return changed().stream().filter(c -> c.level() == level).map(Component::name).toList();
    }
}
