package io.devopssim.core.failover;

import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PatroniSettings;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The database's part of a plan: Patroni promotion or restore from the archive, with its RPO.
 *
 * <p>Promotion: the primary's last renewal is {@code a} before the loss and the winner's HA loop
 * {@code b} after the key expires, {@code a, b} uniform in [0, loop_wait), so writes resume {@code
 * ttl − a + b + promotion} after the loss: {@code ttl + promotion} on average. The winner is the
 * candidate with the most WAL (the shortest shipping delay), then the higher priority, then the
 * name; a candidate is running, may be promoted, is a synchronous standby in synchronous mode, and
 * lags at most {@code maximum_lag_on_failover} ({@code write × delay}, the DCS position taken as
 * fresh). RPO: {@code write × delay} asynchronous, 0 synchronous. Restore: RPO {@code C + P/2}
 * seconds of writes ({@code C} copy delay, {@code P} the segment switch period {@code min(archive
 * timeout, segment fill time)}), RTO {@code size / restore rate + WAL since the base backup /
 * replay rate}, starting at detection.
 *
 * @param action what happens
 * @param expiry for a promotion, when the leader key expires
 * @param ready when the database accepts writes again, if it was lost
 * @param rpoBytes the WAL bytes lost
 * @param rpoSeconds the seconds of writes lost
 */
record DatabasePlan(
        DatabaseAction action,
        Optional<PlanStep> expiry,
        Optional<PlanStep> ready,
        double rpoBytes,
        double rpoSeconds) {

    static DatabasePlan of(FailoverTopology world, Impact impact, Optional<ShiftTiming> timing) {
        PostgresClusterSpec db = world.database();
        if (!impact.primaryLost()) {
            String region = db.member(db.initialPrimary()).region();
            return new DatabasePlan(
                    new DatabaseAction(DatabaseAction.Action.NONE, Optional.empty(), region),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    0);
        }
        Optional<PostgresMember> winner = winner(world, impact);
        return winner.isPresent() ? promote(world, winner.get()) : restore(world, impact, timing);
    }

    /** Returns the replica Patroni would promote, if any can be. */
    static Optional<PostgresMember> winner(FailoverTopology world, Impact impact) {
        PostgresClusterSpec db = world.database();
        PatroniSettings p = db.patroni();
        List<String> sync = db.synchronousStandbys();
        double w = world.writeBytesPerSecond();
        return db.members().stream()
                .filter(m -> !impact.lostMembers().contains(m.name()))
                .filter(PostgresMember::canBePromoted)
                .filter(m -> !p.synchronousMode() || sync.contains(m.name()))
                .filter(m -> w * m.shippingDelaySeconds() <= p.maximumLagOnFailoverBytes())
                .min(
                        Comparator.comparingDouble(PostgresMember::shippingDelaySeconds)
                                .thenComparing(m -> -m.failoverPriority())
                                .thenComparing(PostgresMember::name));
    }

    private static DatabasePlan promote(FailoverTopology world, PostgresMember m) {
        PatroniSettings p = world.database().patroni();
        double ttl = p.ttlSeconds();
        double loop = p.loopWaitSeconds();
        double w = world.writeBytesPerSecond();
        double replay = replaySeconds(w, m.applyBytesPerSecond(), world.meanFailureTime());
        double extra = p.promotionSeconds() + replay;
        PlanStep expiry =
                new PlanStep(
                        PlanStep.Step.DETECTION,
                        ttl - loop / 2,
                        ttl - loop,
                        ttl,
                        "Patroni leader key expires");
        PlanStep ready =
                new PlanStep(
                        PlanStep.Step.DATABASE_PROMOTED,
                        ttl + extra,
                        ttl - loop + extra,
                        ttl + loop + extra,
                        "promote " + m.name() + " in " + m.zone());
        boolean sync = p.synchronousMode();
        double rpoSeconds = sync || w == 0 ? 0 : m.shippingDelaySeconds();
        return new DatabasePlan(
                new DatabaseAction(
                        DatabaseAction.Action.PROMOTE, Optional.of(m.name()), m.region()),
                Optional.of(expiry),
                Optional.of(ready),
                w * rpoSeconds,
                rpoSeconds);
    }

    private static double replaySeconds(double write, double apply, double at) {
        if (!Double.isFinite(apply) || apply >= write) {
            return 0;
        }
        return (write - apply) * at / apply;
    }

    private static DatabasePlan restore(
            FailoverTopology world, Impact impact, Optional<ShiftTiming> timing) {
        WalArchiveSpec a = world.walArchive();
        PatroniSettings p = world.database().patroni();
        double w = world.writeBytesPerSecond();
        double t = world.meanFailureTime();
        double start =
                timing.map(ShiftTiming::firstDetection)
                        .orElse(p.ttlSeconds() - p.loopWaitSeconds() / 2);
        double startMin =
                timing.map(ShiftTiming::minDetection).orElse(p.ttlSeconds() - p.loopWaitSeconds());
        double startMax = timing.map(ShiftTiming::maxDetection).orElse(p.ttlSeconds());
        double lost = w == 0 ? 0 : Math.min(t, a.copyDelaySeconds() + switchPeriod(a, w) / 2);
        double rto =
                a.databaseSizeBytes() / a.restoreBytesPerSecond()
                        + w * (t - lost - baseBackupStart(a, t)) / a.walReplayBytesPerSecond();
        String region = impact.surviving().keySet().iterator().next();
        PlanStep ready =
                new PlanStep(
                        PlanStep.Step.DATABASE_RESTORED,
                        start + rto,
                        startMin + rto,
                        startMax + rto,
                        "restore base backup and archived WAL in " + region);
        return new DatabasePlan(
                new DatabaseAction(DatabaseAction.Action.RESTORE, Optional.empty(), region),
                Optional.empty(),
                Optional.of(ready),
                w * lost,
                lost);
    }

    /** Returns the time between two segment switches: archive timeout or fill time. */
    static double switchPeriod(WalArchiveSpec a, double write) {
        double fill = a.segmentSizeBytes() / write;
        return a.archiveTimeoutSeconds() > 0 ? Math.min(a.archiveTimeoutSeconds(), fill) : fill;
    }

    private static double baseBackupStart(WalArchiveSpec a, double t) {
        double ready = a.databaseSizeBytes() / a.baseBackupBytesPerSecond() + a.copyDelaySeconds();
        double k = Math.floor((t - ready) / a.baseBackupIntervalSeconds());
        return Math.max(0, k) * a.baseBackupIntervalSeconds();
    }
}
