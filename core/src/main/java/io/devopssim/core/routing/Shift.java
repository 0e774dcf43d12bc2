package io.devopssim.core.routing;

/** How the traffic of one source moves to a new answer after the answer changed. */
interface Shift {

    /** Returns when the answer changed, in simulated seconds. */
    double start();

    /** Returns the share of the source's traffic that has the new answer at {@code time}. */
    double movedBy(double time);

    /** Returns when the last of the traffic has the new answer. */
    double doneAt();

    /** Returns a shift in which all traffic moves at once. */
    static Shift instant(double start) {
        return new LinearShift(start, 0);
    }
}
