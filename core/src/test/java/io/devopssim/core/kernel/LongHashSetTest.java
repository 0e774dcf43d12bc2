package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    private final LongHashSet set = new LongHashSet();

    @Test
    void addRemoveContains_randomOperations_agreeWithHashSet() {
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong(2_000);
            switch (random.nextInt(3)) {
                case 0 -> assertThat(set.add(key)).isEqualTo(reference.add(key));
                case 1 -> assertThat(set.remove(key)).isEqualTo(reference.remove(key));
                default -> assertThat(set.contains(key)).isEqualTo(reference.contains(key));
            }
            assertThat(set.size()).isEqualTo(reference.size());
        }
        for (long key = 0; key < 2_000; key++) {
            assertThat(set.contains(key)).isEqualTo(reference.contains(key));
        }
    }

    @Test
    void remove_keysInOneProbeRun_keepsTheOthersFindable() {
        // Multiples of 2^32 share their low bits, so many collide after the hash's high bits shift.
        for (long k = 0; k < 12; k++) {
            set.add(k << 40);
        }

        set.remove(3L << 40);
        set.remove(0L);

        for (long k = 0; k < 12; k++) {
            assertThat(set.contains(k << 40)).isEqualTo(k != 3 && k != 0);
        }
        assertThat(set.size()).isEqualTo(10);
    }

    @Test
    void clear_afterAdds_isEmpty() {
        set.add(1);
        set.add(1_000_000_007L);

        set.clear();

        assertThat(set.isEmpty()).isTrue();
        assertThat(set.contains(1)).isFalse();
    }
}
