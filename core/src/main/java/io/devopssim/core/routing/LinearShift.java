package io.devopssim.core.routing;

/**
 * Traffic moving at an even pace over a fixed time, as edges of an anycast network converge.
 *
 * @param start when the answer changed
 * @param duration seconds until all traffic has moved, at least 0
 */
record LinearShift(double start, double duration) implements Shift {

    @Override
    public double movedBy(double time) {
        if (time < start) {
            return 0;
        }
        if (duration == 0) {
            return 1;
        }
        return Math.min(1, (time - start) / duration);
    }

    @Override
    public double doneAt() {
        return start + duration;
    }
}
