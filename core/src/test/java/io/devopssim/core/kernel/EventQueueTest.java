package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private record Entry(double time, long seq) {}

    private static final Comparator<Entry> ORDER =
            Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::seq);

    private final EventQueue queue = new EventQueue();

    private List<Entry> drain() {
        List<Entry> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            double time = queue.peekTime();
            long seq = queue.peekSeq();
            Entry action = (Entry) queue.poll();
            assertThat(action).isEqualTo(new Entry(time, seq));
            out.add(action);
        }
        return out;
    }

    private List<Entry> addRandom(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Entry> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Entry entry = new Entry(random.nextInt(200) / 4.0, i);
            queue.add(entry.time(), entry.seq(), entry);
            added.add(entry);
        }
        return added;
    }

    @Test
    void poll_manyEntriesPastInitialCapacity_returnsThemInTimeThenSeqOrder() {
        List<Entry> added = addRandom(5_000, 11);

        assertThat(queue.size()).isEqualTo(5_000);
        assertThat(drain()).isEqualTo(added.stream().sorted(ORDER).toList());
    }

    @Test
    void poll_interleavedWithAdds_keepsHeapOrder() {
        List<Entry> expected = new ArrayList<>(addRandom(300, 5));
        expected.sort(ORDER);
        List<Entry> polled = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            polled.add((Entry) queue.poll());
        }
        assertThat(polled).isEqualTo(expected.subList(0, 100));

        Entry late = new Entry(1_000.0, 300);
        Entry early = new Entry(-1.0, 301);
        queue.add(late.time(), late.seq(), late);
        queue.add(early.time(), early.seq(), early);

        List<Entry> rest = new ArrayList<>(expected.subList(100, 300));
        rest.add(0, early);
        rest.add(late);
        assertThat(drain()).isEqualTo(rest);
    }

    @Test
    void removeIf_matchingSeqs_removesThemAndKeepsOrderOfTheRest() {
        List<Entry> added = addRandom(1_000, 3);

        queue.removeIf(seq -> seq % 3 == 0);

        assertThat(queue.size()).isEqualTo(666);
        assertThat(drain())
                .isEqualTo(added.stream().filter(e -> e.seq() % 3 != 0).sorted(ORDER).toList());
    }

    @Test
    void removeIf_everything_leavesEmptyQueue() {
        addRandom(10, 1);

        queue.removeIf(seq -> true);

        assertThat(queue.isEmpty()).isTrue();
    }
}
