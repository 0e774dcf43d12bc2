package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.MIB;
import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.FailoverRefused;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElectionRulesTest {

    private final SimulationKernel kernel = SimulationKernel.create(5);

    private PostgresCluster runFailover(PostgresClusterSpec spec, double writeRate) {
        PostgresCluster cluster =
                PostgresCluster.start(kernel, spec, WriteLoad.constant(writeRate));
        // The primary loops at 0, 10, 20, 30: its last DCS position before the crash is P(30).
        cluster.failAt("pg-a", 35);
        kernel.runUntil(200);
        return cluster;
    }

    private static Optional<ReplicaPromoted> promoted(PostgresCluster cluster) {
        return cluster.events().stream()
                .filter(ReplicaPromoted.class::isInstance)
                .map(ReplicaPromoted.class::cast)
                .findFirst();
    }

    private static List<FailoverRefused> refusals(PostgresCluster cluster) {
        return cluster.events().stream()
                .filter(FailoverRefused.class::isInstance)
                .map(FailoverRefused.class::cast)
                .toList();
    }

    @Test
    void lagRule_replicaBeyondMaximumLag_notPromotedEvenWithHigherPriority() {
        // pg-b receives 1 MiB/s of 3 MiB/s written: at the crash it has 35 MiB, the DCS position
        // is 90 MiB. pg-c is 0.25 s * 3 MiB/s = 0.75 MiB behind the primary, ahead of the DCS.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).receiveBytesPerSecond(MIB).failoverPriority(9))
                        .member(member("pg-c", 2).shippingDelaySeconds(0.25))
                        .build();

        PostgresCluster cluster = runFailover(spec, 3 * MIB);

        assertThat(promoted(cluster)).map(ReplicaPromoted::member).contains("pg-c");
        assertThat(promoted(cluster).orElseThrow().rpoBytes()).isCloseTo(0.75 * MIB, within(1e-6));
    }

    @Test
    void lagRule_comparesWithTheDcsPosition_justWithinIsPromoted() {
        // Crash at 35, last DCS position P(30). With delay d the replica has P(35 - d), so it
        // lags the DCS position by (d - 5) s * 1 MiB/s: 0.9 MiB for d = 5.9, though it misses
        // 5.9 MiB of what the primary wrote.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).shippingDelaySeconds(5.9))
                        .build();

        Optional<ReplicaPromoted> promoted = promoted(runFailover(spec, MIB));

        assertThat(promoted).isPresent();
        assertThat(promoted.get().rpoBytes()).isCloseTo(5.9 * MIB, within(1e-6));
    }

    @Test
    void lagRule_comparesWithTheDcsPosition_justBeyondIsRefused() {
        // As above with d = 6.1: 1.1 MiB behind the DCS position, over the 1 MiB limit.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).shippingDelaySeconds(6.1))
                        .build();

        assertThat(promoted(runFailover(spec, MIB))).isEmpty();
    }

    @Test
    void lagRule_allReplicasBeyondTheLimit_noFailoverAndWritesRefused() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).receiveBytesPerSecond(MIB))
                        .member(member("pg-c", 2).shippingDelaySeconds(15))
                        .build();

        PostgresCluster cluster = runFailover(spec, 3 * MIB);

        assertThat(promoted(cluster)).isEmpty();
        assertThat(cluster.primary()).isEmpty();
        List<FailoverRefused> refusals = refusals(cluster);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).rejected())
                .containsEntry("pg-a", "not running")
                .hasEntrySatisfying("pg-b", r -> assertThat(r).contains("maximum_lag_on_failover"))
                .hasEntrySatisfying("pg-c", r -> assertThat(r).contains("maximum_lag_on_failover"));
        assertThat(cluster.refusedWriteBytes()).isCloseTo(165 * 3 * MIB, within(1e-3));
    }

    @Test
    void largerMaximumLag_admitsTheLaggingReplica() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).shippingDelaySeconds(15))
                        .patroni(PatroniSettings.builder().maximumLagOnFailoverBytes(100 * MIB))
                        .build();

        assertThat(promoted(runFailover(spec, 3 * MIB))).isPresent();
    }

    @Test
    void mostWalWins_overHigherPriority() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).shippingDelaySeconds(0.1))
                        .member(member("pg-c", 2).shippingDelaySeconds(0.2).failoverPriority(5))
                        .build();

        assertThat(promoted(runFailover(spec, MIB))).map(ReplicaPromoted::member).contains("pg-b");
    }

    @Test
    void equalWal_higherPriorityWins_thenName() {
        PostgresClusterSpec byPriority =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1))
                        .member(member("pg-c", 2).failoverPriority(3))
                        .build();
        PostgresClusterSpec byName =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-c", 1))
                        .member(member("pg-b", 2))
                        .build();

        assertThat(promoted(runFailover(byPriority, MIB)))
                .map(ReplicaPromoted::member)
                .contains("pg-c");
        SimulationKernel other = SimulationKernel.create(5);
        PostgresCluster second = PostgresCluster.start(other, byName, WriteLoad.constant(MIB));
        second.failAt("pg-a", 35);
        other.runUntil(200);
        assertThat(promoted(second)).map(ReplicaPromoted::member).contains("pg-b");
    }

    @Test
    void noFailoverTag_neverPromoted() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).noFailover())
                        .build();

        PostgresCluster cluster = runFailover(spec, MIB);

        assertThat(promoted(cluster)).isEmpty();
        assertThat(refusals(cluster).get(0).rejected().get("pg-b")).contains("nofailover");
    }

    @Test
    void synchronousMode_syncStandbyLostWithThePrimary_asyncReplicaNotPromoted() {
        // A zone loss takes the primary and its synchronous standby pg-b together; pg-c, fully
        // caught up but asynchronous, may not be promoted in synchronous mode.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).failoverPriority(2))
                        .member(member("pg-c", 2))
                        .patroni(PatroniSettings.builder().synchronousMode(true))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-b", 35);
        cluster.failAt("pg-a", 35);

        kernel.runUntil(200);

        assertThat(promoted(cluster)).isEmpty();
        assertThat(refusals(cluster).get(0).rejected().get("pg-c"))
                .isEqualTo("not a synchronous standby in synchronous mode");
    }

    @Test
    void synchronousMode_syncStandbyLostEarlier_primaryChoosesAnotherWhichIsPromoted() {
        // pg-b is lost at 25; the primary's HA loop at 30 makes pg-c synchronous, so when the
        // primary is lost at 35 pg-c is promoted without losing a byte.
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).failoverPriority(2))
                        .member(member("pg-c", 2).shippingDelaySeconds(0.5))
                        .patroni(PatroniSettings.builder().synchronousMode(true))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(MIB));
        cluster.failAt("pg-b", 25);
        cluster.failAt("pg-a", 35);

        kernel.runUntil(200);

        assertThat(cluster.events())
                .filteredOn(FailoverEvent.SynchronousStandbysChanged.class::isInstance)
                .first()
                .satisfies(
                        e -> {
                            assertThat(e.time()).isEqualTo(30);
                            assertThat(((FailoverEvent.SynchronousStandbysChanged) e).standbys())
                                    .containsExactly("pg-c");
                        });
        assertThat(promoted(cluster)).map(ReplicaPromoted::member).contains("pg-c");
        assertThat(promoted(cluster).orElseThrow().rpoBytes()).isZero();
    }

    @Test
    void lostReplica_isSkipped() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 1).failoverPriority(2))
                        .member(member("pg-c", 2))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-b", 10);
        cluster.failAt("pg-a", 35);

        kernel.runUntil(200);

        assertThat(promoted(cluster)).map(ReplicaPromoted::member).contains("pg-c");
    }
}
