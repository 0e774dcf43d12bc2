package io.devopssim.core.datatier.cache;

import io.devopssim.core.datatier.cache.CacheEvent.FailoverAborted;
import io.devopssim.core.datatier.cache.CacheEvent.FailoverNotStarted;
import io.devopssim.core.datatier.cache.CacheEvent.LeaderElected;
import io.devopssim.core.datatier.cache.CacheEvent.ObjectivelyDown;
import io.devopssim.core.datatier.cache.CacheEvent.SubjectivelyDown;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Sentinels of one cache: detection, agreement, leader election and the promotion request.
 *
 * <p>Each failover attempt is tied to the time the master was lost, so steps scheduled for an
 * earlier loss do nothing once the cache has a master again.
 */
final class SentinelFailover {

    private final SimulationKernel kernel;
    private final RedisCacheSpec spec;
    private final RedisCache cache;
    private final Map<String, SentinelState> sentinels = new LinkedHashMap<>();
    private boolean started;
    private long epoch;

    SentinelFailover(SimulationKernel kernel, RedisCacheSpec spec, RedisCache cache) {
        this.kernel = kernel;
        this.spec = spec;
        this.cache = cache;
        for (Sentinel s : spec.sentinels()) {
            String stream = "datatier/redis/" + spec.name() + "/" + s.name();
            double pingPhase =
                    s.pingPhaseSeconds()
                            .orElseGet(() -> draw(stream + "/ping-phase", spec.pingPeriodMillis()));
            double timerPhase = draw(stream + "/timer-phase", spec.timerPeriodMillis());
            sentinels.put(s.name(), new SentinelState(s, pingPhase, timerPhase));
        }
    }

    private double draw(String stream, double periodMillis) {
        return kernel.random(stream).nextDouble() * periodMillis / 1000;
    }

    Set<String> names() {
        return sentinels.keySet();
    }

    Optional<SentinelState> sentinel(String name) {
        return Optional.ofNullable(sentinels.get(name));
    }

    /** Starts watching for the loss of the master that happened now. */
    void masterLost() {
        double lostAt = kernel.now();
        for (SentinelState s : sentinels.values()) {
            double ping =
                    SentinelState.nextTick(s.pingPhase, spec.pingPeriodMillis() / 1000, lostAt);
            double due = ping + spec.downAfterMillis() / 1000;
            double at = SentinelState.nextTick(s.timerPhase, spec.timerPeriodMillis() / 1000, due);
            kernel.scheduleAt(at, k -> subjectivelyDown(s, lostAt));
        }
    }

    /** Forgets the old master's state once a new master serves. */
    void masterSwitched() {
        started = false;
        sentinels.values().forEach(SentinelState::forgetMaster);
    }

    private void subjectivelyDown(SentinelState s, double lostAt) {
        if (!s.alive || !cache.stillDown(lostAt)) {
            return;
        }
        s.subjectivelyDownAt = kernel.now();
        cache.publish(new SubjectivelyDown(kernel.now(), spec.name(), s.name()));
        ask(s, lostAt);
    }

    /** Asks the other sentinels whether they see the master down, until a quorum agrees. */
    private void ask(SentinelState s, double lostAt) {
        if (!s.alive || !cache.stillDown(lostAt) || s.objectivelyDown) {
            return;
        }
        double now = kernel.now();
        int agreeing = (int) sentinels.values().stream().filter(o -> o.seesMasterDown(now)).count();
        if (agreeing < spec.quorum()) {
            kernel.schedule(spec.askPeriodMillis() / 1000, k -> ask(s, lostAt));
            return;
        }
        s.objectivelyDown = true;
        cache.publish(new ObjectivelyDown(now, spec.name(), s.name(), agreeing));
        double desync = draw(stream(s) + "/desync", spec.maxDesyncMillis());
        kernel.schedule(desync, k -> startFailover(s, lostAt));
    }

    private String stream(SentinelState s) {
        return "datatier/redis/" + spec.name() + "/" + s.name();
    }

    /** Asks every reachable sentinel for its vote; they vote for the first candidate. */
    private void startFailover(SentinelState s, double lostAt) {
        if (!s.alive || !cache.stillDown(lostAt) || started) {
            return;
        }
        started = true;
        epoch++;
        int votes = (int) sentinels.values().stream().filter(o -> o.alive).count();
        if (votes >= spec.votesNeeded()) {
            long won = epoch;
            kernel.schedule(spec.timerPeriodMillis() / 1000, k -> lead(s, won, votes, lostAt));
            return;
        }
        String reason =
                "got "
                        + votes
                        + " of "
                        + sentinels.size()
                        + " votes, needs "
                        + spec.votesNeeded()
                        + " (the larger of quorum and a majority)";
        cache.publish(new FailoverNotStarted(kernel.now(), spec.name(), s.name(), reason));
        kernel.schedule(2 * spec.failoverTimeoutMillis() / 1000, k -> retry(s, lostAt));
    }

    private void retry(SentinelState s, double lostAt) {
        started = false;
        startFailover(s, lostAt);
    }

    private void lead(SentinelState s, long won, int votes, double lostAt) {
        if (!s.alive || !cache.stillDown(lostAt)) {
            started = false;
            return;
        }
        cache.publish(new LeaderElected(kernel.now(), spec.name(), s.name(), won, votes));
        Optional<RedisReplica> chosen = cache.bestReplica();
        if (chosen.isEmpty()) {
            abort("no replica may be promoted (none left, or all with replica-priority 0)");
        } else if (spec.promotionSeconds() > spec.failoverTimeoutMillis() / 1000) {
            kernel.schedule(
                    spec.failoverTimeoutMillis() / 1000,
                    k ->
                            abort(
                                    "promotion of "
                                            + chosen.get().name()
                                            + " did not finish within"
                                            + " failover-timeout"));
        } else {
            kernel.schedule(spec.promotionSeconds(), k -> promote(s, chosen.get(), lostAt));
        }
    }

    /** Switches to the replica; if it was lost meanwhile, aborts and tries again later. */
    private void promote(SentinelState leader, RedisReplica replica, double lostAt) {
        if (cache.switchTo(replica, lostAt) || !cache.stillDown(lostAt)) {
            return;
        }
        abort("replica " + replica.name() + " was lost during its promotion");
        kernel.schedule(2 * spec.failoverTimeoutMillis() / 1000, k -> retry(leader, lostAt));
    }

    private void abort(String reason) {
        cache.publish(new FailoverAborted(kernel.now(), spec.name(), reason));
    }
}
