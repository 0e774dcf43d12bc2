package io.devopssim.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.model.Distribution;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailurePlanTest {

    private final Topology topology = Clusters.twoClouds().build();

    @Test
    void build_manyProblems_reportsEveryOneWithItsPath() {
        FailurePlan.Builder b =
                FailurePlan.builder(topology)
                        .at(-5, FailureKind.ZONE_OUTAGE, "us-east-1c", 0)
                        .at(10, FailureKind.NODE_LOSS, "us-east-1a", Double.NaN)
                        .random(
                                RandomFailures.everywhere(
                                        FailureKind.NODE_LOSS,
                                        -1,
                                        new Distribution.LogNormal(0, 10)))
                        .random(
                                new RandomFailures(
                                        FailureKind.ZONE_OUTAGE,
                                        Optional.of(new Component(Level.NODE, "eu-n0")),
                                        100,
                                        new Distribution.Fixed(1)))
                        .horizonSeconds(0);

        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::path)
                                        .containsExactlyInAnyOrder(
                                                "scheduled[0].target",
                                                "scheduled[0].atSeconds",
                                                "scheduled[0].durationSeconds",
                                                "scheduled[1].target",
                                                "scheduled[1].durationSeconds",
                                                "random[0].mtbfSeconds",
                                                "random[0].repair.median",
                                                "random[1].scope",
                                                "horizonSeconds"))
                .hasMessageContaining(
                        "scheduled[0].target: unknown zone \"us-east-1c\"; did you mean"
                                + " \"us-east-1a\"?")
                .hasMessageContaining("random[0].mtbfSeconds: must be > 0, was -1")
                .hasMessageContaining("a zone-outage needs a scope at zone level or above");
    }

    @Test
    void build_twoMtbfsForOneComponent_rejected() {
        FailurePlan.Builder b =
                FailurePlan.builder(topology)
                        .random(
                                RandomFailures.everywhere(
                                        FailureKind.POD_CRASH, 100, new Distribution.Fixed(1)))
                        .random(
                                new RandomFailures(
                                        FailureKind.POD_CRASH,
                                        Optional.of(new Component(Level.NODE, "eu-n0")),
                                        100,
                                        new Distribution.Fixed(1)));

        assertThatThrownBy(b::build)
                .hasMessageContaining(
                        "random[1].scope: pod-crash of pod eu-api-0 is already drawn by"
                                + " random[0]");
    }

    @Test
    void build_valid_keepsEverything() {
        FailurePlan plan =
                FailurePlan.builder(topology)
                        .at(0, FailureKind.CLOUD_OUTAGE, "gcp", Double.POSITIVE_INFINITY)
                        .random(
                                RandomFailures.everywhere(
                                        FailureKind.ZONE_OUTAGE,
                                        1e6,
                                        new Distribution.Uniform(60, 600)))
                        .build();

        assertThat(plan.scheduled()).hasSize(1);
        assertThat(plan.random()).hasSize(1);
        assertThat(plan.horizonSeconds()).isInfinite();
    }
}
