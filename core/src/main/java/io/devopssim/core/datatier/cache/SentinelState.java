package io.devopssim.core.datatier.cache;

/** The runtime state of one sentinel: alive or not, its phases, and its view of the master. */
final class SentinelState {

    final Sentinel spec;
    final double pingPhase;
    final double timerPhase;
    boolean alive = true;
    double subjectivelyDownAt = Double.NaN;
    boolean objectivelyDown;

    SentinelState(Sentinel spec, double pingPhase, double timerPhase) {
        this.spec = spec;
        this.pingPhase = pingPhase;
        this.timerPhase = timerPhase;
    }

    String name() {
        return spec.name();
    }

    boolean seesMasterDown(double now) {
        return alive && subjectivelyDownAt <= now;
    }

    void forgetMaster() {
        subjectivelyDownAt = Double.NaN;
        objectivelyDown = false;
    }

    /** Returns the first tick {@code phase + k * period}, k >= 0, at or after {@code time}. */
    static double nextTick(double phase, double period, double time) {
        if (time <= phase) {
            return phase;
        }
        double k = Math.ceil((time - phase) / period - 1e-12);
        return phase + k * period;
    }
}
