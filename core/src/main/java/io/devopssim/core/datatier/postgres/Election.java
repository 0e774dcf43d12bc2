package io.devopssim.core.datatier.postgres;

import io.devopssim.core.internal.tree.Values;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the replica Patroni would promote, or says why none may be promoted.
 *
 * <p>A replica is a candidate when it runs, may be promoted (priority above 0), is a synchronous
 * standby in synchronous mode, and lags the primary's last position in the DCS by at most {@code
 * maximum_lag_on_failover}. Among candidates the most WAL wins, then the higher priority, then the
 * name in alphabetical order, so the choice is deterministic.
 */
final class Election {

    static final Comparator<MemberState> HEALTHIEST_FIRST =
            Comparator.comparingDouble(MemberState::walPosition)
                    .reversed()
                    .thenComparing(
                            Comparator.comparingInt((MemberState m) -> m.spec.failoverPriority())
                                    .reversed())
                    .thenComparing(MemberState::name);

    static final Comparator<MemberState> BY_PRIORITY =
            Comparator.comparingInt((MemberState m) -> m.spec.failoverPriority())
                    .reversed()
                    .thenComparing(MemberState::name);

    private Election() {}

    /** Returns the winner and, for every replica that was not a candidate, the reason. */
    static Result elect(
            Collection<MemberState> replicas,
            double lastKnownPrimaryPosition,
            PatroniSettings settings,
            Set<String> synchronousStandbys) {
        Map<String, String> rejected = new LinkedHashMap<>();
        MemberState best = null;
        for (MemberState m : replicas) {
            Optional<String> reason =
                    rejection(m, lastKnownPrimaryPosition, settings, synchronousStandbys);
            if (reason.isPresent()) {
                rejected.put(m.name(), reason.get());
            } else if (best == null || HEALTHIEST_FIRST.compare(m, best) < 0) {
                best = m;
            }
        }
        return new Result(Optional.ofNullable(best), Map.copyOf(rejected));
    }

    private static Optional<String> rejection(
            MemberState m, double primaryPosition, PatroniSettings s, Set<String> sync) {
        if (!m.alive) {
            return Optional.of("not running");
        }
        if (m.isolated) {
            return Optional.of("cut off from the DCS");
        }
        if (!m.spec.canBePromoted()) {
            return Optional.of("failover priority 0 (nofailover)");
        }
        if (s.synchronousMode() && !sync.contains(m.name())) {
            return Optional.of("not a synchronous standby in synchronous mode");
        }
        double lag = primaryPosition - m.walPosition();
        if (lag > s.maximumLagOnFailoverBytes()) {
            return Optional.of(
                    "lags "
                            + Values.number(lag)
                            + " bytes behind the last known primary position, more than"
                            + " maximum_lag_on_failover ("
                            + Values.number(s.maximumLagOnFailoverBytes())
                            + ")");
        }
        return Optional.empty();
    }

    /** The outcome: the replica to promote, if any, and why the others were not candidates. */
    record Result(Optional<MemberState> winner, Map<String, String> rejected) {}
}
