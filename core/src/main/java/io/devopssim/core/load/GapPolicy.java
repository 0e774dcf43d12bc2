package io.devopssim.core.load;

/** Says what a trace's absent intervals mean. */
public enum GapPolicy {
    /** An absent interval is unknown: the workload reports NaN there and results show the gap. */
    MISSING,
    /** An absent interval had no requests, as in traces that omit empty minutes. */
    ZERO
}
