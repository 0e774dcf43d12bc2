package io.devopssim.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private final Topology topology = Clusters.twoClouds().build();

    @Test
    void subtree_zone_holdsItsNodesAndTheirPodsOnly() {
        List<Component> subtree = topology.subtree(new Component(Level.ZONE, "us-east-1a"));

        assertThat(subtree)
                .extracting(Component::name)
                .containsExactly(
                        "us-east-1a",
                        "us-east-1a-n0",
                        "us-east-1a-n0-api-0",
                        "us-east-1a-n0-api-1",
                        "us-east-1a-n1",
                        "us-east-1a-n1-api-0",
                        "us-east-1a-n1-api-1");
    }

    @Test
    void subtree_cloud_holdsEveryRegionOfThatCloud() {
        List<Component> subtree = topology.subtree(new Component(Level.CLOUD, "aws"));

        assertThat(subtree).hasSize(1 + 2 + 3 + 5 + 9);
        assertThat(subtree).extracting(Component::name).doesNotContain("gcp-n0", "us-central1");
    }

    @Test
    void ancestor_pod_findsItsZoneAndCloud() {
        Component pod = new Component(Level.POD, "us-east-1b-n1-api-0");

        assertThat(topology.ancestor(pod, Level.ZONE))
                .contains(new Component(Level.ZONE, "us-east-1b"));
        assertThat(topology.ancestor(pod, Level.CLOUD)).contains(new Component(Level.CLOUD, "aws"));
        assertThat(topology.ancestor(new Component(Level.ZONE, "us-east-1b"), Level.POD)).isEmpty();
    }

    @Test
    void builderOf_cloudRegions_addsTheirZones() {
        Region region = new Region("r1", "R1", 0, 0, List.of("r1a", "r1b"));

        Topology t = Topology.builderOf("aws", List.of(region)).node("r1b", "n").build();

        assertThat(t.components(Level.ZONE))
                .extracting(Component::name)
                .containsExactly("r1a", "r1b");
        assertThat(t.ancestor(new Component(Level.NODE, "n"), Level.REGION))
                .contains(new Component(Level.REGION, "r1"));
    }

    @Test
    void build_badNamesAndParents_reportsEveryProblemWithSuggestions() {
        Topology.Builder b =
                Clusters.twoClouds()
                        .node("us-east-1c", "n9")
                        .node("us-east-1a", "eu-n0")
                        .pod("nowhere-at-all", "p")
                        .zone("us-east-1", " ");

        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::path)
                                        .containsExactlyInAnyOrder(
                                                "zones[4].name",
                                                "nodes[6].zone",
                                                "nodes[7].name",
                                                "pods[10].node"))
                .hasMessageContaining("unknown zone \"us-east-1c\"; did you mean \"us-east-1a\"?")
                .hasMessageContaining("duplicate node name \"eu-n0\"")
                .hasMessageContaining("unknown node \"nowhere-at-all\"; known: [");
    }

    @Test
    void subtree_unknownComponent_throws() {
        assertThatThrownBy(() -> topology.subtree(new Component(Level.NODE, "ghost")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node ghost is not in this topology");
    }
}
