package io.devopssim.core.failover;

import java.util.Objects;
import java.util.Optional;

/**
 * What happens to the database in a failover: nothing, a Patroni promotion, or a restore.
 *
 * @param action the kind of action
 * @param member the replica promoted, for {@link Action#PROMOTE}
 * @param region where the database accepts writes afterwards
 */
public record DatabaseAction(Action action, Optional<String> member, String region) {

    /** The database outcomes. */
    public enum Action {
        /** The primary survives. */
        NONE,
        /** Patroni promotes a surviving replica. */
        PROMOTE,
        /** No replica can be promoted: restore from the base backup and WAL archive. */
        RESTORE
    }

    /** Checks for nulls. */
    public DatabaseAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(region, "region");
    }
}
