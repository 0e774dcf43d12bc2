package io.devopssim.core.datatier.postgres;

/** Builders shared by the PostgreSQL tests. */
final class Clusters {

    static final double MIB = 1024 * 1024;

    private Clusters() {}

    /** Returns a member in us-east-1 with an explicit HA loop phase. */
    static PostgresMember.Builder member(String name, double phase) {
        return PostgresMember.builder(name)
                .location("us-east-1", "us-east-1a")
                .loopPhaseSeconds(phase);
    }

    /** Returns a member in us-east-1 whose HA loop phase is drawn from the run's seed. */
    static PostgresMember.Builder member(String name) {
        return PostgresMember.builder(name).location("us-east-1", "us-east-1b");
    }
}
