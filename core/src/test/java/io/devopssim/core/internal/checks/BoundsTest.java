package io.devopssim.core.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.model.Distribution;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundsTest {

    private final Problems problems = new Problems();
    private final Bounds root = new Bounds(problems, "");

    private List<String> messages() {
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void numbers_badValues_nameFieldValueAndExpectation() {
        Bounds c = root.at("dns");
        c.positive("ttl", 0);
        c.nonNegative("delay", -2.5);
        c.finite("x", Double.NaN);
        c.between("share", 1.5, 0, 1);
        c.share("cut", 0);
        c.atLeast("count", 0, 1);
        c.inPeriod("phase", 30, "interval", 30);

        assertThat(messages())
                .containsExactly(
                        "dns.ttl: must be > 0, was 0",
                        "dns.delay: must be >= 0, was -2.5",
                        "dns.x: must be a finite number, was NaN",
                        "dns.share: must be in [0, 1], was 1.5",
                        "dns.cut: must be in (0, 1], was 0",
                        "dns.count: must be >= 1, was 0",
                        "dns.phase: must be in [0, interval (30)), was 30");
    }

    @Test
    void numbers_goodValues_reportNothing() {
        root.positive("a", 1e-9);
        root.nonNegative("b", 0);
        root.between("c", 1, 0, 1);
        root.share("d", 1);
        root.inPeriod("e", 0, "p", 1);
        root.notBlank("f", "x");

        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void known_typo_suggestsTheClosestName() {
        boolean ok =
                root.index("zones", 2)
                        .known("name", "us-east-1x", "zone", List.of("us-east-1a", "eu-west-1a"));

        assertThat(ok).isFalse();
        assertThat(messages())
                .containsExactly(
                        "zones[2].name: unknown zone \"us-east-1x\"; did you mean \"us-east-1a\"?");
    }

    @Test
    void known_nothingClose_listsAtMostTenNames() {
        List<String> many = IntStream.range(0, 25).mapToObj(i -> "node-" + i).toList();

        root.known("target", "completely-different", "node", many);

        assertThat(messages().get(0))
                .contains("known: [node-0, node-1")
                .contains("node-9] and 15 more")
                .doesNotContain("node-10");
    }

    @Test
    void distribution_badParameters_reportedPerParameter() {
        root.distribution("a", new Distribution.Fixed(-1));
        root.distribution("b", new Distribution.Uniform(5, 1));
        root.distribution("c", new Distribution.LogNormal(10, 5));
        root.distribution("d", null);

        assertThat(messages())
                .containsExactly(
                        "a.seconds: must be >= 0, was -1",
                        "b.max: must be >= min (5), was 1",
                        "c.p90: must be >= median (10), was 5",
                        "d: required, was not set");
    }

    @Test
    void distribution_cloudBoot_isRefusedHere() {
        root.distribution("repair", new Distribution.CloudBoot(20));

        assertThat(messages().get(0)).startsWith("repair: must be a fixed, uniform or log-normal");
    }
}
