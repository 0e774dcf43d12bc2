package io.devopssim.core.datatier.postgres;

/** The runtime state of one member: alive or not, and its WAL positions. */
final class MemberState {

    final PostgresMember spec;
    final double loopPhase;
    boolean alive = true;
    boolean isolated;
    double received;
    double replayed;

    MemberState(PostgresMember spec, double loopPhase) {
        this.spec = spec;
        this.loopPhase = loopPhase;
    }

    String name() {
        return spec.name();
    }

    /** Returns the WAL position Patroni compares: the larger of received and replayed. */
    double walPosition() {
        return Math.max(received, replayed);
    }

    /** Advances receive and replay over {@code dt} seconds towards {@code target}. */
    void follow(double target, double dt) {
        double canReceive = received + spec.receiveBytesPerSecond() * dt;
        received = Math.max(received, Math.min(target, canReceive));
        replayed = Math.min(received, replayed + spec.applyBytesPerSecond() * dt);
    }

    /** Receives everything up to {@code target} at once, as a synchronous standby does. */
    void followSynchronously(double target, double dt) {
        received = Math.max(received, target);
        replayed = Math.min(received, replayed + spec.applyBytesPerSecond() * dt);
    }

    /** Returns the seconds needed to replay what was received but not applied. */
    double replayBacklogSeconds() {
        double backlog = received - replayed;
        return backlog <= 0 ? 0 : backlog / spec.applyBytesPerSecond();
    }
}
