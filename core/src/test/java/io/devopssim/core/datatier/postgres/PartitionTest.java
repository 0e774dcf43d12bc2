package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyExpired;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryDemoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTest {

    private static <E> E only(List<FailoverEvent> events, Class<E> type) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void isolatedPrimary_demotesAfterRetryTimeoutBeforeItsKeyExpires_andItsWritesAreLost() {
        // Cut off at 25: the renewal at 30 fails, retried for retry_timeout (10 s) -> demoted at
        // 40, before the key expires at 20 + 30 = 50. The 15 s of writes it accepted meanwhile
        // (1000 B/s) reached no replica. pg-b takes the key at 53 and is primary at 55.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).failoverPriority(2))
                        .member(member("pg-c", 7))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.isolateAt("pg-a", 25);

        kernel.runUntil(100);

        PrimaryDemoted demoted = only(cluster.events(), PrimaryDemoted.class);
        assertThat(demoted.time()).isEqualTo(40);
        assertThat(demoted.leaderKeyExpiresAt()).isEqualTo(50);
        assertThat(only(cluster.events(), LeaderKeyExpired.class).time()).isEqualTo(50);
        ReplicaPromoted promoted = only(cluster.events(), ReplicaPromoted.class);
        assertThat(promoted.member()).isEqualTo("pg-b");
        assertThat(promoted.time()).isEqualTo(55);
        assertThat(promoted.primaryLostAt()).isEqualTo(40);
        assertThat(promoted.rpoBytes()).isCloseTo(15_000, within(1e-6));
        assertThat(promoted.rpoSeconds()).isCloseTo(15, within(1e-9));
    }

    @Test
    void isolatedPrimary_manySeeds_alwaysDemotedBeforeAnotherIsPromoted() {
        PatroniSettings p = PatroniSettings.defaults();
        for (long seed = 1; seed <= 200; seed++) {
            SimulationKernel kernel = SimulationKernel.create(seed);
            PostgresClusterSpec spec =
                    PostgresClusterSpec.builder("main")
                            .member(member("pg-a"))
                            .member(member("pg-b"))
                            .member(member("pg-c"))
                            .build();
            PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1e5));
            cluster.isolateAt("pg-a", 100 + seed % 17);
            kernel.runUntil(250);

            PrimaryDemoted demoted = only(cluster.events(), PrimaryDemoted.class);
            ReplicaPromoted promoted = only(cluster.events(), ReplicaPromoted.class);
            assertThat(demoted.time() - demoted.lastRenewal())
                    .isLessThanOrEqualTo(p.loopWaitSeconds() + p.retryTimeoutSeconds() + 1e-9);
            assertThat(demoted.time()).isLessThan(demoted.leaderKeyExpiresAt());
            assertThat(promoted.time()).isGreaterThan(demoted.leaderKeyExpiresAt());
        }
    }

    @Test
    void isolatedReplica_isNotACandidate() {
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).failoverPriority(2))
                        .member(member("pg-c", 7))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.isolateAt("pg-b", 10);
        cluster.failAt("pg-a", 25);

        kernel.runUntil(100);

        assertThat(only(cluster.events(), ReplicaPromoted.class).member()).isEqualTo("pg-c");
    }

    @Test
    void winnerCutOffDuringPromotion_keyExpiresAndTheNextReplicaTakesOver() {
        // pg-b takes the key at 53 (10 s promotion) and is cut off at 58: its key expires at
        // 53 + 30 = 83, pg-c takes it at 87 and is primary at 97.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).failoverPriority(2))
                        .member(member("pg-c", 7))
                        .patroni(PatroniSettings.builder().promotionSeconds(10))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 25);
        cluster.isolateAt("pg-b", 58);

        kernel.runUntil(200);

        ReplicaPromoted promoted = only(cluster.events(), ReplicaPromoted.class);
        assertThat(promoted.member()).isEqualTo("pg-c");
        assertThat(promoted.time()).isEqualTo(97);
        assertThat(cluster.primary()).contains("pg-c");
    }
}
