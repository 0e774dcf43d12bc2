package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyAcquired;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyExpired;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatroniFailoverTimingTest {

    private static <E> E only(List<FailoverEvent> events, Class<E> type) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void failover_explicitPhases_keyExpiresAtRenewalPlusTtlAndWinnerTakesItAtItsNextLoop() {
        // Renewals at 0, 10, 20; crash at 25 -> key expires at 20 + 30 = 50. The winner (priority
        // 2) loops at 3, 13, ..., 53, so it takes the key at 53 and accepts writes at 53 + 2 = 55.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).failoverPriority(2))
                        .member(member("pg-c", 7))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 25);

        kernel.runUntil(100);

        List<FailoverEvent> events = cluster.events();
        assertThat(only(events, PrimaryLost.class).lastRenewal()).isEqualTo(20);
        assertThat(only(events, LeaderKeyExpired.class).time()).isEqualTo(50);
        LeaderKeyAcquired acquired = only(events, LeaderKeyAcquired.class);
        assertThat(acquired.member()).isEqualTo("pg-b");
        assertThat(acquired.time()).isEqualTo(53);
        ReplicaPromoted promoted = only(events, ReplicaPromoted.class);
        assertThat(promoted.time()).isEqualTo(55);
        assertThat(promoted.timeline()).isEqualTo(2);
        assertThat(promoted.writeOutageSeconds()).isEqualTo(30);
        assertThat(cluster.primary()).contains("pg-b");
        assertThat(cluster.timeline()).isEqualTo(2);
    }

    @Test
    void failover_healthiestLoopsLater_othersWaitForIt() {
        // pg-b loops first after the expiry (53) but pg-c has the higher priority with equal WAL,
        // so pg-b stands aside and pg-c takes the key at its own loop, 57.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3))
                        .member(member("pg-c", 7).failoverPriority(2))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 25);

        kernel.runUntil(100);

        LeaderKeyAcquired acquired = only(cluster.events(), LeaderKeyAcquired.class);
        assertThat(acquired.member()).isEqualTo("pg-c");
        assertThat(acquired.time()).isEqualTo(57);
    }

    @Test
    void failover_defaultSettingsManySeeds_withinTtlAndTtlPlusLoopWaitOfLastRenewal() {
        PatroniSettings defaults = PatroniSettings.defaults();
        double ttl = defaults.ttlSeconds();
        double loopWait = defaults.loopWaitSeconds();
        double promotion = defaults.promotionSeconds();
        List<Double> detection = new ArrayList<>();
        for (long seed = 1; seed <= 200; seed++) {
            double crash =
                    100 + 100 * SimulationKernel.create(seed).random("test/crash").nextDouble();
            SimulationKernel kernel = SimulationKernel.create(seed);
            PostgresClusterSpec spec =
                    PostgresClusterSpec.builder("main")
                            .member(member("pg-a"))
                            .member(member("pg-b"))
                            .member(member("pg-c"))
                            .build();
            PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
            cluster.failAt("pg-a", crash);
            kernel.runUntil(crash + 60);

            PrimaryLost lost = only(cluster.events(), PrimaryLost.class);
            LeaderKeyAcquired acquired = only(cluster.events(), LeaderKeyAcquired.class);
            ReplicaPromoted promoted = only(cluster.events(), ReplicaPromoted.class);
            double sinceRenewal = acquired.time() - lost.lastRenewal();
            assertThat(crash - lost.lastRenewal()).isBetween(0.0, loopWait);
            assertThat(sinceRenewal).isGreaterThanOrEqualTo(ttl).isLessThan(ttl + loopWait);
            assertThat(promoted.time() - acquired.time()).isCloseTo(promotion, within(1e-9));
            detection.add(sinceRenewal - ttl);
        }
        // The phases really vary: the waits after the expiry spread over most of a loop_wait.
        assertThat(detection.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isGreaterThan(0.8 * loopWait);
        assertThat(detection.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isLessThan(0.2 * loopWait);
    }

    @Test
    void failover_customSettings_followsThem() {
        // ttl 40, loop_wait 5: renewals at 1, 6, 11, ...; crash at 13 -> expiry 11 + 40 = 51;
        // the replica loops at 2, 7, ..., 52 and takes the key at 52; promotion 4 s -> 56.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 1))
                        .member(member("pg-b", 2))
                        .patroni(
                                PatroniSettings.builder()
                                        .ttlSeconds(40)
                                        .loopWaitSeconds(5)
                                        .retryTimeoutSeconds(5)
                                        .promotionSeconds(4))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 13);

        kernel.runUntil(100);

        assertThat(only(cluster.events(), LeaderKeyExpired.class).time()).isEqualTo(51);
        assertThat(only(cluster.events(), LeaderKeyAcquired.class).time()).isEqualTo(52);
        assertThat(only(cluster.events(), ReplicaPromoted.class).time()).isEqualTo(56);
    }

    @Test
    void loopPhase_sameSeed_sameDraws() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a"))
                        .member(member("pg-b"))
                        .build();
        PostgresCluster one =
                PostgresCluster.start(SimulationKernel.create(9), spec, WriteLoad.constant(0));
        PostgresCluster two =
                PostgresCluster.start(SimulationKernel.create(9), spec, WriteLoad.constant(0));
        PostgresCluster other =
                PostgresCluster.start(SimulationKernel.create(10), spec, WriteLoad.constant(0));

        assertThat(one.loopPhase("pg-b")).isEqualTo(two.loopPhase("pg-b"));
        assertThat(one.loopPhase("pg-b")).isNotEqualTo(other.loopPhase("pg-b"));
        assertThat(one.loopPhase("pg-b")).isBetween(0.0, 10.0);
    }
}
