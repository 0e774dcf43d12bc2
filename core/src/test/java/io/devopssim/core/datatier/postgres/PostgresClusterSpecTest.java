package io.devopssim.core.datatier.postgres;

import static io.devopssim.core.datatier.postgres.Clusters.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresClusterSpecTest {

    private static List<String> problems(Runnable build) {
        try {
            build.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void build_defaults_areThoseOfPatroni() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main").member(member("a")).member(member("b")).build();

        PatroniSettings p = spec.patroni();
        assertThat(p.ttlSeconds()).isEqualTo(30);
        assertThat(p.loopWaitSeconds()).isEqualTo(10);
        assertThat(p.retryTimeoutSeconds()).isEqualTo(10);
        assertThat(p.maximumLagOnFailoverBytes()).isEqualTo(1_048_576);
        assertThat(p.synchronousMode()).isFalse();
        assertThat(p.synchronousNodeCount()).isEqualTo(1);
        assertThat(spec.initialPrimary()).isEqualTo("a");
        assertThat(spec.synchronousStandbys()).isEmpty();
    }

    @Test
    void build_manyBadValues_reportsEveryOneAtOnce() {
        List<String> problems =
                problems(
                        () ->
                                PostgresClusterSpec.builder("main")
                                        .member(member("pg-a", 0).applyBytesPerSecond(-5))
                                        .member(member("pg-b", 12).shippingDelaySeconds(Double.NaN))
                                        .member(member("pg-b", 1).failoverPriority(-1))
                                        .initialPrimary("pg-x")
                                        .stepSeconds(0)
                                        .patroni(
                                                PatroniSettings.builder()
                                                        .ttlSeconds(25)
                                                        .maximumLagOnFailoverBytes(-1))
                                        .build());

        assertThat(problems)
                .contains(
                        "patroni.ttl: must be >= loop_wait + 2 * retry_timeout (30) as Patroni"
                                + " requires, was 25",
                        "patroni.maximum_lag_on_failover: must be >= 0, was -1",
                        "members[0].applyBytesPerSecond: must be > 0 (or infinite for no limit),"
                                + " was -5",
                        "members[1].shippingDelaySeconds: must be a finite number, was NaN",
                        "members[1].loopPhaseSeconds: must be < loop_wait (10), was 12",
                        "members[2].failoverPriority: must be >= 0, was -1",
                        "members[2].name: duplicate member name \"pg-b\"",
                        "stepSeconds: must be > 0, was 0");
        assertThat(problems)
                .anySatisfy(
                        p ->
                                assertThat(p)
                                        .startsWith("initialPrimary: unknown name \"pg-x\"")
                                        .endsWith("did you mean \"pg-a\"?"));
        assertThat(problems).hasSize(9);
    }

    @Test
    void build_patroniMinimums_enforced() {
        assertThat(
                        problems(
                                () ->
                                        PatroniSettings.builder()
                                                .ttlSeconds(10)
                                                .loopWaitSeconds(0.5)
                                                .retryTimeoutSeconds(2)
                                                .build()))
                .contains(
                        "ttl: must be >= 20 s (Patroni's minimum), was 10",
                        "loop_wait: must be >= 1 s (Patroni's minimum), was 0.5",
                        "retry_timeout: must be >= 3 s (Patroni's minimum), was 2");
    }

    @Test
    void build_syncCountAbovePromotableReplicas_reported() {
        assertThat(
                        problems(
                                () ->
                                        PostgresClusterSpec.builder("main")
                                                .member(member("a"))
                                                .member(member("b"))
                                                .member(member("c").noFailover())
                                                .patroni(
                                                        PatroniSettings.builder()
                                                                .synchronousMode(true)
                                                                .synchronousNodeCount(2))
                                                .build()))
                .containsExactly(
                        "patroni.synchronous_node_count: must be <= the replicas that may be"
                                + " promoted (1), was 2");
    }

    @Test
    void build_singleMember_reported() {
        assertThat(problems(() -> PostgresClusterSpec.builder("main").member(member("a")).build()))
                .containsExactly(
                        "members: must hold at least 2 members (a primary and a replica), was 1");
    }

    @Test
    void synchronousStandbys_highestPriorityThenName() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("main")
                        .member(member("a"))
                        .member(member("d"))
                        .member(member("c").failoverPriority(3))
                        .member(member("b"))
                        .patroni(
                                PatroniSettings.builder()
                                        .synchronousMode(true)
                                        .synchronousNodeCount(2))
                        .build();

        assertThat(spec.synchronousStandbys()).containsExactly("c", "b");
    }

    @Test
    void memberBuilder_missingLocation_reported() {
        assertThatThrownBy(() -> PostgresMember.builder("x").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zone: must not be blank, was not set")
                .hasMessageContaining("region: must not be blank, was not set");
    }
}
