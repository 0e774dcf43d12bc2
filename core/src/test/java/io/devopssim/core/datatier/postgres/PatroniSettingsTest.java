package io.devopssim.core.datatier.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PatroniSettingsTest {

    @Test
    void toBuilder_roundTrips() {
        PatroniSettings custom =
                PatroniSettings.builder()
                        .ttlSeconds(60)
                        .loopWaitSeconds(5)
                        .retryTimeoutSeconds(20)
                        .maximumLagOnFailoverBytes(0)
                        .synchronousMode(true)
                        .synchronousNodeCount(2)
                        .promotionSeconds(7)
                        .build();

        assertThat(custom.toBuilder().build()).isEqualTo(custom);
    }

    @Test
    void build_ruleHoldsWithEquality_accepted() {
        // Patroni's defaults sit exactly on the rule: 10 + 2 * 10 = 30.
        assertThat(PatroniSettings.builder().ttlSeconds(30).build().ttlSeconds()).isEqualTo(30);
    }

    @Test
    void build_zeroSyncNodesAndNegativePromotion_reported() {
        assertThatThrownBy(
                        () ->
                                PatroniSettings.builder()
                                        .synchronousNodeCount(0)
                                        .promotionSeconds(-1)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("synchronous_node_count: must be >= 1, was 0")
                .hasMessageContaining("promotionSeconds: must be >= 0, was -1");
    }
}
