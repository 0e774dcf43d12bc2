package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StateHistoryTest {

    private static StateHistory of(int capacity, float[]... states) {
        StateHistory history = new StateHistory(capacity, states[0].length);
        for (float[] s : states) {
            history.add(s);
        }
        return history;
    }

    @Test
    void nearestDistance_repeatedState_isZero() {
        StateHistory history = new StateHistory(100, 2);
        for (int i = 0; i < 40; i++) {
            history.add(new float[] {i % 4, -(i % 4)});
        }

        assertThat(history.nearestDistance(4, 30)).isZero();
    }

    @Test
    void nearestDistance_novelState_isRmsToNearestEarlierState() {
        StateHistory history =
                of(
                        100,
                        new float[] {0, 0},
                        new float[] {1, 1},
                        new float[] {9, 9},
                        new float[] {3, 1});

        // last (3, 1); candidates at least 2 back: (0, 0) and (1, 1); squared distances 10 and 4,
        // so rms sqrt(4 / 2)
        assertThat(history.nearestDistance(2, 100)).isCloseTo(Math.sqrt(2.0), within(1e-12));
    }

    @Test
    void nearestDistance_exclusionAndLookBackLimitCandidates() {
        StateHistory history =
                of(
                        100,
                        new float[] {5},
                        new float[] {0},
                        new float[] {0},
                        new float[] {5},
                        new float[] {5});

        // last (5); with exclusion 2 the state just before is not a candidate
        assertThat(history.nearestDistance(2, 3)).isCloseTo(5.0, within(1e-12));
        assertThat(history.nearestDistance(1, 3)).isZero();
        assertThat(history.nearestDistance(2, 4)).isZero();
    }

    @Test
    void nearestDistance_afterWrapAround_usesRecentStates() {
        StateHistory history = new StateHistory(4, 1);
        for (int i = 0; i < 10; i++) {
            history.add(new float[] {i});
        }

        // last 9; candidates 6 to 8 within look-back 3, nearest at exclusion 1 is 8
        assertThat(history.size()).isEqualTo(10);
        assertThat(history.nearestDistance(1, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(history.nearestDistance(3, 3)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void nearestDistance_randomStatesAfterWrap_equalsFullSearchToTheBit() {
        for (int dimension : new int[] {1, 8, 32, 37}) {
            SplittableRandom random = new SplittableRandom(dimension);
            StateHistory history = new StateHistory(50, dimension);
            List<float[]> added = new ArrayList<>();
            for (int n = 0; n < 130; n++) {
                float[] state = new float[dimension];
                for (int k = 0; k < dimension; k++) {
                    state[k] = (float) random.nextGaussian();
                }
                history.add(state);
                added.add(state);
                if (n >= 10) {
                    assertThat(history.nearestDistance(3, 40))
                            .as("dimension %d, state %d", dimension, n)
                            .isEqualTo(fullSearch(added, 3, 40));
                }
            }
        }
    }

    /** The nearest-state distance by summing every candidate in full, the obvious way. */
    private static double fullSearch(List<float[]> states, int exclusion, int lookBack) {
        int last = states.size() - 1;
        float[] latest = states.get(last);
        double best = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, last - lookBack); j <= last - exclusion; j++) {
            double total = 0.0;
            for (int k = 0; k < latest.length; k++) {
                double d = (double) states.get(j)[k] - latest[k];
                total += d * d;
            }
            best = Math.min(best, total);
        }
        return Math.sqrt(best / latest.length);
    }
}
