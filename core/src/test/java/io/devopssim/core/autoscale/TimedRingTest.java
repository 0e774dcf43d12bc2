package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimedRingTest {

    @Test
    void add_pastCapacityAfterWrapping_keepsOrderOldestFirst() {
        TimedRing ring = new TimedRing(4);
        for (int i = 0; i < 3; i++) {
            ring.add(i, i);
        }
        ring.dropBefore(2);
        for (int i = 3; i < 10; i++) {
            ring.add(i, i);
        }

        assertThat(ring.size()).isEqualTo(8);
        for (int i = 0; i < ring.size(); i++) {
            assertThat(ring.time(i)).isEqualTo(i + 2);
            assertThat(ring.value(i)).isEqualTo(i + 2);
        }
    }

    @Test
    void maxValue_wrappedRing_findsLargestInBothSegments() {
        TimedRing ring = new TimedRing(4);
        ring.add(0, 9);
        ring.add(1, 2);
        ring.add(2, 7);
        ring.dropBefore(1);
        ring.add(3, 3);
        ring.add(4, 5);

        assertThat(ring.maxValue(0)).isEqualTo(7);
        ring.dropBefore(3);
        assertThat(ring.maxValue(0)).isEqualTo(5);
        assertThat(ring.maxValue(6)).isEqualTo(6);
    }

    @Test
    void maxValue_emptyRing_returnsFloor() {
        assertThat(new TimedRing(4).maxValue(-3)).isEqualTo(-3);
    }

    @Test
    void dropBeforeAndUpTo_differOnlyAtTheCutoff() {
        TimedRing ring = new TimedRing(4);
        ring.add(10, 1);
        ring.add(20, 2);

        ring.dropBefore(10);
        assertThat(ring.size()).isEqualTo(2);
        ring.dropUpTo(10);
        assertThat(ring.size()).isEqualTo(1);
    }

    @Test
    void sumAfter_excludesEntriesAtTheCutoff() {
        TimedRing ring = new TimedRing(4);
        ring.add(0, 4);
        ring.add(15, 2);
        ring.add(30, 1);

        assertThat(ring.sumAfter(0)).isEqualTo(3);
        assertThat(ring.sumAfter(-1)).isEqualTo(7);
        assertThat(ring.sumAfter(30)).isZero();
    }
}
