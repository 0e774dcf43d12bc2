package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexTreeTest {

    @Test
    void select_afterAddsAndRemovals_returnsTheKthMemberInOrder() {
        IndexTree tree = new IndexTree(4);
        tree.add(3, 1);
        tree.add(9, 1);
        tree.add(0, 1);
        tree.add(9, -1);
        tree.add(40, 1);

        assertThat(tree.total()).isEqualTo(3);
        assertThat(List.of(tree.select(1), tree.select(2), tree.select(3)))
                .containsExactly(0, 3, 40);
    }

    @Test
    void select_randomMembership_matchesASortedSet() {
        SplittableRandom random = new SplittableRandom(7L);
        IndexTree tree = new IndexTree(1);
        TreeSet<Integer> members = new TreeSet<>();
        for (int step = 0; step < 5_000; step++) {
            int index = random.nextInt(3_000);
            if (members.add(index)) {
                tree.add(index, 1);
            } else {
                members.remove(index);
                tree.add(index, -1);
            }
        }

        List<Integer> walked = new ArrayList<>();
        for (int rank = 1; rank <= tree.total(); rank++) {
            walked.add(tree.select(rank));
        }

        assertThat(walked).containsExactlyElementsOf(members);
    }
}
