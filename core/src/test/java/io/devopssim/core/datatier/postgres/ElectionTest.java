package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final PatroniSettings ASYNC = PatroniSettings.defaults();

    private static MemberState replica(String name, int priority, double received) {
        MemberState m = new MemberState(member(name).failoverPriority(priority).build(), 0);
        m.received = received;
        m.replayed = received / 2;
        return m;
    }

    @Test
    void elect_mostWalFirstThenPriorityThenName() {
        MemberState a = replica("a", 1, 1000);
        MemberState b = replica("b", 9, 999);
        MemberState c = replica("c", 1, 1000);

        assertThat(Election.elect(List.of(b, c, a), 1000, ASYNC, Set.of()).winner())
                .containsSame(a);
        MemberState d = replica("d", 2, 1000);
        assertThat(Election.elect(List.of(a, b, c, d), 1000, ASYNC, Set.of()).winner())
                .containsSame(d);
    }

    @Test
    void elect_comparesReceivedNotReplayedWal() {
        // Patroni's position for a replica is the larger of received and replayed.
        MemberState slowApply = replica("a", 1, 10_000_000);
        slowApply.replayed = 0;

        assertThat(Election.elect(List.of(slowApply), 10_000_000, ASYNC, Set.of()).winner())
                .containsSame(slowApply);
    }

    @Test
    void elect_lagExactlyAtTheLimit_isStillACandidate() {
        MemberState atLimit = replica("a", 1, 0);

        assertThat(
                        Election.elect(
                                        List.of(atLimit),
                                        PatroniSettings.DEFAULT_MAXIMUM_LAG_BYTES,
                                        ASYNC,
                                        Set.of())
                                .winner())
                .containsSame(atLimit);
        assertThat(
                        Election.elect(
                                        List.of(atLimit),
                                        PatroniSettings.DEFAULT_MAXIMUM_LAG_BYTES + 1,
                                        ASYNC,
                                        Set.of())
                                .winner())
                .isEmpty();
    }

    @Test
    void elect_everyRejection_hasItsReason() {
        MemberState dead = replica("dead", 1, 100);
        dead.alive = false;
        MemberState nofailover = replica("nofailover", 0, 100);
        MemberState async = replica("async", 1, 100);
        PatroniSettings sync = PatroniSettings.builder().synchronousMode(true).build();

        Election.Result result =
                Election.elect(List.of(dead, nofailover, async), 100, sync, Set.of("other"));

        assertThat(result.winner()).isEmpty();
        assertThat(result.rejected())
                .containsEntry("dead", "not running")
                .containsEntry("nofailover", "failover priority 0 (nofailover)")
                .containsEntry("async", "not a synchronous standby in synchronous mode");
    }
}
