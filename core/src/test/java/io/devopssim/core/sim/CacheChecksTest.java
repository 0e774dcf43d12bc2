package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cache built in code is checked by {@link SimulationBuilder#build()} as the database is: on
 * {@link CacheInRunTest}'s model (one service "web" in us-east-1, zones us-east-1a and us-east-1b),
 * processes elsewhere and unknown services are errors, not a cache that never fails or is never
 * read.
 */
class CacheChecksTest {

    static CacheSection moved(int node, String region, String zone, List<String> services) {
        CacheSection base = CacheInRunTest.section(true);
        List<CacheNode> nodes = new ArrayList<>(base.nodes());
        CacheNode old = nodes.get(node);
        nodes.set(node, new CacheNode(old.name(), region, zone));
        return new CacheSection(
                base.spec(), nodes, base.readsPerRequest(), base.databaseReadCapacity(), services);
    }

    static List<Problem> problems(CacheSection cache) {
        InvalidInputException e =
                (InvalidInputException)
                        catchThrowable(
                                () ->
                                        Simulation.builder(DatabaseRunTest.model())
                                                .pricing(TwoRegions.PRICING)
                                                .cache(cache)
                                                .build());
        assertThat(e).isNotNull();
        return e.problems();
    }

    @Test
    void processInARegionNoServiceRunsIn_isAnErrorNamingTheNode() {
        List<Problem> problems = problems(moved(2, "eu-west-9", "eu-west-9a", List.of()));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("cache.nodes[2].region");
        assertThat(problems.get(0).message()).contains("[us-east-1]", "\"eu-west-9\"");
    }

    @Test
    void processInAZoneTheServiceDoesNotUse_isAnErrorNamingTheZones() {
        List<Problem> problems = problems(moved(0, "us-east-1", "use1-az9", List.of()));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("cache.nodes[0].zone");
        assertThat(problems.get(0).message()).contains("us-east-1b", "\"use1-az9\"");
    }

    @Test
    void unknownService_isAnErrorNamingTheKnownOnes() {
        CacheSection base = CacheInRunTest.section(true);
        CacheSection cache =
                new CacheSection(base.spec(), base.nodes(), 2, 10, List.of("web", "nope"));

        assertThatThrownBy(
                        () ->
                                Simulation.builder(DatabaseRunTest.model())
                                        .pricing(TwoRegions.PRICING)
                                        .cache(cache)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cache.services[1]")
                .hasMessageContaining("[web]")
                .hasMessageContaining("\"nope\"");
    }
}
