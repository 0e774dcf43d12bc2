package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FirstFitHostsTest {

    private final FirstFitHosts hosts = new FirstFitHosts(3, 20);

    @Test
    void place_fillsTheLowestHostFirst() {
        for (int i = 0; i < 20; i++) {
            assertThat(hosts.place()).isZero();
        }

        assertThat(hosts.place()).isEqualTo(1);
    }

    @Test
    void place_afterAReleaseOnAFullLowerHost_goesBackThere() {
        for (int i = 0; i < 25; i++) {
            hosts.place();
        }

        hosts.release(0);

        assertThat(hosts.place()).isZero();
        assertThat(hosts.vmsOn(0)).isEqualTo(20);
        assertThat(hosts.vmsOn(1)).isEqualTo(5);
    }

    @Test
    void place_allFull_isRefused() {
        for (int i = 0; i < 60; i++) {
            hosts.place();
        }

        assertThatThrownBy(hosts::place)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 hosts full");
    }
}
