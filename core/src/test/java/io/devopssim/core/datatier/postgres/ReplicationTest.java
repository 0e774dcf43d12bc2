package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.MIB;
import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyAcquired;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.kernel.SimulationKernel;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    private final SimulationKernel kernel = SimulationKernel.create(3);

    @Test
    void replayLag_writeAboveApply_growsAtTheDifferenceAndShrinksWhenWritesDrop() {
        // 10 MiB/s written, 4 MiB/s applied: +6 MiB/s for 30 s = 180 MiB; then 1 MiB/s written:
        // -3 MiB/s, so 150 MiB at t = 40.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 5).applyBytesPerSecond(4 * MIB))
                        .build();
        WriteLoad writes = t -> t < 30 ? 10 * MIB : 1 * MIB;
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, writes);

        kernel.runUntil(30);
        assertThat(cluster.replayLagBytes("pg-b")).isCloseTo(180 * MIB, within(1.0));
        assertThat(cluster.receiveLagBytes("pg-b")).isCloseTo(0, within(1.0));

        kernel.runUntil(40);
        assertThat(cluster.replayLagBytes("pg-b")).isCloseTo(150 * MIB, within(1.0));

        kernel.runUntil(100);
        assertThat(cluster.replayLagBytes("pg-b")).isCloseTo(0, within(1.0));
    }

    @Test
    void receiveLag_shippingDelay_isWriteRateTimesDelay() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 5).shippingDelaySeconds(2))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(300_000));

        kernel.runUntil(50);

        assertThat(cluster.receiveLagBytes("pg-b")).isCloseTo(600_000, within(1e-6));
        assertThat(cluster.primaryWalPosition()).isCloseTo(15_000_000, within(1e-6));
    }

    @Test
    void asyncFailover_rpoEqualsTheReceiveLagAtFailure() {
        // 1 MiB/s written, shipped with 0.5 s delay: the replica misses 0.5 MiB, half a second.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 5).shippingDelaySeconds(0.5))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(MIB));
        double[] lagAtFailure = new double[1];
        kernel.scheduleAt(99, k -> lagAtFailure[0] = cluster.receiveLagBytes("pg-b"));
        cluster.failAt("pg-a", 99);

        kernel.runUntil(200);

        ReplicaPromoted promoted = promoted(cluster);
        assertThat(promoted.rpoBytes()).isCloseTo(lagAtFailure[0], within(1e-6));
        assertThat(promoted.rpoBytes()).isCloseTo(0.5 * MIB, within(1e-6));
        assertThat(promoted.rpoSeconds()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void syncFailover_laggingNetwork_losesNothing() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 5).shippingDelaySeconds(0.5).failoverPriority(2))
                        .member(member("pg-c", 6).shippingDelaySeconds(0.5))
                        .patroni(PatroniSettings.builder().synchronousMode(true))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(MIB));
        cluster.failAt("pg-a", 99);

        kernel.runUntil(200);

        assertThat(spec.synchronousStandbys()).containsExactly("pg-b");
        ReplicaPromoted promoted = promoted(cluster);
        assertThat(promoted.member()).isEqualTo("pg-b");
        assertThat(promoted.rpoBytes()).isZero();
        assertThat(promoted.rpoSeconds()).isZero();
    }

    @Test
    void failover_replayBacklog_promotionWaitsForReplay() {
        // Patroni compares received WAL, so a replica that applies slowly is still a candidate,
        // but its promotion replays the backlog first. At the crash (25 s) it is 6 MiB/s * 25 s =
        // 150 MiB behind; until it takes the key at 53 it replays 28 s * 4 MiB/s = 112 MiB, so
        // 38 MiB are left: 9.5 s, after the 2 s promotion -> 53 + 2 + 9.5 = 64.5.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).applyBytesPerSecond(4 * MIB))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(10 * MIB));
        cluster.failAt("pg-a", 25);

        kernel.runUntil(200);

        ReplicaPromoted promoted = promoted(cluster);
        assertThat(promoted.rpoBytes()).isZero();
        assertThat(promoted.time()).isCloseTo(64.5, within(1e-6));
        assertThat(cluster.replayLagBytes("pg-b")).isZero();
    }

    @Test
    void afterFailover_newPrimaryWritesOnItsTimeline() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3))
                        .member(member("pg-c", 4))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 25);

        kernel.runUntil(55);
        double atPromotion = cluster.primaryWalPosition();
        kernel.runUntil(65);

        assertThat(cluster.primary()).contains("pg-b");
        assertThat(cluster.primaryWalPosition()).isCloseTo(atPromotion + 10_000, within(1e-6));
        assertThat(cluster.receivedPosition("pg-c")).isCloseTo(atPromotion + 10_000, within(1e-6));
        assertThat(cluster.refusedWriteBytes()).isCloseTo(30 * 1000, within(1e-6));
        assertThat(cluster.events()).filteredOn(LeaderKeyAcquired.class::isInstance).hasSize(1);
    }

    private static ReplicaPromoted promoted(PostgresCluster cluster) {
        return cluster.events().stream()
                .filter(ReplicaPromoted.class::isInstance)
                .map(ReplicaPromoted.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no promotion in " + cluster.events()));
    }
}
