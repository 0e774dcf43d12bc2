package io.devopssim.core.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The answers one source was given over time, and how its traffic moved after each change.
 *
 * <p>A client's traffic follows the answer current at its resolver's last query. With {@code F_k}
 * the share that has queried since change {@code k}, the share on answer {@code k} is {@code F_k −
 * F_(k+1)}. Evaluation walks back from the newest change and stops at the first one fully taken up,
 * so it costs O(log n) per change still in flight.
 */
final class AnswerHistory {

    private final List<double[]> splits = new ArrayList<>();
    private final List<Shift> shifts = new ArrayList<>();

    AnswerHistory(double[] initial) {
        splits.add(initial.clone());
        shifts.add(Shift.instant(Double.NEGATIVE_INFINITY));
    }

    /** Returns the newest answer. */
    double[] current() {
        return splits.get(splits.size() - 1).clone();
    }

    void change(double[] split, Shift shift) {
        splits.add(split.clone());
        shifts.add(shift);
    }

    /** Returns the changes made at or after {@code time}, oldest first. */
    List<Change> changesSince(double time) {
        List<Change> found = new ArrayList<>();
        for (int k = 1; k < shifts.size(); k++) {
            if (shifts.get(k).start() >= time) {
                found.add(new Change(splits.get(k).clone(), shifts.get(k)));
            }
        }
        return found;
    }

    /** Returns the share of the traffic going to each region at {@code time}. */
    double[] splitAt(double time) {
        double[] result = new double[splits.get(0).length];
        double newer = 0;
        for (int k = shifts.size() - 1; k >= 0; k--) {
            double moved = shifts.get(k).movedBy(time);
            addScaled(result, splits.get(k), moved - newer);
            if (moved >= 1) {
                break;
            }
            newer = moved;
        }
        return result;
    }

    /** Returns the share of the traffic going to one region at {@code time}, allocating nothing. */
    double shareAt(int region, double time) {
        double share = 0;
        double newer = 0;
        for (int k = shifts.size() - 1; k >= 0; k--) {
            double moved = shifts.get(k).movedBy(time);
            if (moved > newer) {
                share += (moved - newer) * splits.get(k)[region];
            }
            if (moved >= 1) {
                break;
            }
            newer = moved;
        }
        return share;
    }

    private static void addScaled(double[] into, double[] split, double weight) {
        if (weight <= 0) {
            return;
        }
        for (int r = 0; r < into.length; r++) {
            into[r] += weight * split[r];
        }
    }

    @Override
    public String toString() {
        return "AnswerHistory" + Arrays.toString(current());
    }

    /** One change of answer and how the traffic took it up. */
    record Change(double[] split, Shift shift) {}
}
