package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentinelStateTest {

    @Test
    void nextTick_beforeThePhase_isThePhase() {
        assertThat(SentinelState.nextTick(0.3, 1, 0.1)).isEqualTo(0.3);
    }

    @Test
    void nextTick_onATick_isThatTick() {
        assertThat(SentinelState.nextTick(0.25, 0.5, 100.25)).isCloseTo(100.25, within(1e-9));
    }

    @Test
    void nextTick_betweenTicks_isTheFollowingOne() {
        assertThat(SentinelState.nextTick(0.2, 1, 100.5)).isCloseTo(101.2, within(1e-9));
        assertThat(SentinelState.nextTick(0, 0.1, 130.05)).isCloseTo(130.1, within(1e-9));
    }

    @Test
    void seesMasterDown_onlyWhenAliveAndMarked() {
        SentinelState s = new SentinelState(Sentinel.of("s", "z"), 0, 0);
        assertThat(s.seesMasterDown(10)).isFalse();

        s.subjectivelyDownAt = 5;
        assertThat(s.seesMasterDown(4)).isFalse();
        assertThat(s.seesMasterDown(5)).isTrue();

        s.alive = false;
        assertThat(s.seesMasterDown(10)).isFalse();
        s.alive = true;
        s.forgetMaster();
        assertThat(s.seesMasterDown(10)).isFalse();
    }
}
