package io.devopssim.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseMatchesTest {

    @Test
    void distance_classicExample_isThree() {
        assertThat(CloseMatches.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void find_prefix_matchesLongerIds() {
        List<String> known = List.of("m5.large", "m5.2xlarge", "c6i.large", "r6i.large");

        assertThat(CloseMatches.find("m5", known)).containsExactly("m5.large", "m5.2xlarge");
    }

    @Test
    void find_unrelated_returnsNothing() {
        assertThat(CloseMatches.find("zzzzzz", List.of("m5.large", "c6i.large"))).isEmpty();
    }
}
