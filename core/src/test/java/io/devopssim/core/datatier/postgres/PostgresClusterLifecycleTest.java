package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.SimulationException;
import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyAcquired;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyExpired;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresClusterLifecycleTest {

    private static PostgresClusterSpec threeRandomPhases() {
        return PostgresClusterSpec.builder("main")
                .member(member("pg-a"))
                .member(member("pg-b"))
                .member(member("pg-c"))
                .build();
    }

    private static List<ReplicaPromoted> promotions(PostgresCluster cluster) {
        return cluster.events().stream()
                .filter(ReplicaPromoted.class::isInstance)
                .map(ReplicaPromoted.class::cast)
                .toList();
    }

    @Test
    void secondFailure_failsOverAgainOnTheNextTimeline() {
        // First failover: pg-b (loops at 3) is primary at 55. It renews at 63, 73, ...; lost at
        // 80 its key expires at 73 + 30 = 103; pg-c loops at 7, ..., 107 and is primary at 109.
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("pg-a", 0))
                        .member(member("pg-b", 3).failoverPriority(2))
                        .member(member("pg-c", 7))
                        .build();
        PostgresCluster cluster = PostgresCluster.start(kernel, spec, WriteLoad.constant(1000));
        cluster.failAt("pg-a", 25);
        cluster.failAt("pg-b", 80);

        kernel.runUntil(200);

        List<ReplicaPromoted> promoted = promotions(cluster);
        assertThat(promoted).extracting(ReplicaPromoted::member).containsExactly("pg-b", "pg-c");
        assertThat(promoted.get(1).time()).isEqualTo(109);
        assertThat(promoted.get(1).timeline()).isEqualTo(3);
        assertThat(cluster.primary()).contains("pg-c");
    }

    @Test
    void winnerLostDuringPromotion_keyExpiresAndTheNextReplicaTakesOver() {
        // pg-b takes the key at 53 with a 10 s promotion and is lost at 58: its key, taken at 53,
        // expires at 83; pg-c loops at 87 and is primary at 97.
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
        cluster.failAt("pg-b", 58);

        kernel.runUntil(200);

        assertThat(cluster.events())
                .filteredOn(LeaderKeyExpired.class::isInstance)
                .extracting(FailoverEvent::time)
                .containsExactly(50.0, 83.0);
        assertThat(cluster.events())
                .filteredOn(LeaderKeyAcquired.class::isInstance)
                .extracting(FailoverEvent::time)
                .containsExactly(53.0, 87.0);
        assertThat(promotions(cluster))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.member()).isEqualTo("pg-c");
                            assertThat(p.time()).isEqualTo(97);
                            assertThat(p.timeline()).isEqualTo(2);
                            assertThat(p.primaryLostAt()).isEqualTo(25);
                        });
    }

    @Test
    void sameSeed_sameEvents_otherSeedOtherTimes() {
        List<FailoverEvent> one = run(21);
        List<FailoverEvent> two = run(21);
        List<FailoverEvent> other = run(22);

        assertThat(one).isEqualTo(two);
        assertThat(one).isNotEqualTo(other);
    }

    private static List<FailoverEvent> run(long seed) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        PostgresCluster cluster =
                PostgresCluster.start(kernel, threeRandomPhases(), WriteLoad.constant(1e6));
        cluster.failAt("pg-a", 123.4);
        kernel.runUntil(300);
        return cluster.events();
    }

    @Test
    void events_arePublishedThroughTheKernelInOrder() {
        SimulationKernel kernel = SimulationKernel.create(2);
        List<FailoverEvent> heard = new ArrayList<>();
        kernel.addListener(FailoverEvent.class, heard::add);
        PostgresCluster cluster =
                PostgresCluster.start(kernel, threeRandomPhases(), WriteLoad.constant(1e6));
        cluster.failAt("pg-b", 50);
        cluster.failAt("pg-a", 100);

        kernel.runUntil(300);

        assertThat(heard).isEqualTo(cluster.events()).hasSize(5);
        assertThat(heard).isSortedAccordingTo((x, y) -> Double.compare(x.time(), y.time()));
    }

    @Test
    void failAt_unknownMember_namesTheKnownOnes() {
        PostgresCluster cluster =
                PostgresCluster.start(
                        SimulationKernel.create(1), threeRandomPhases(), WriteLoad.constant(0));

        assertThatThrownBy(() -> cluster.failAt("pg-x", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no member called pg-x")
                .hasMessageContaining("[pg-a, pg-b, pg-c]");
    }

    @Test
    void writeLoad_negativeAtRunTime_failsNamingTheTimeAndValue() {
        SimulationKernel kernel = SimulationKernel.create(1);
        PostgresCluster.start(kernel, threeRandomPhases(), t -> t < 5 ? 100 : -1);

        assertThatThrownBy(() -> kernel.runUntil(20))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("write load of cluster main at t=")
                .hasMessageContaining("was -1");
    }
}
