package io.devopssim.core.failover;

import java.util.Objects;

/**
 * One milestone of a failover, in seconds after the failure: expected, earliest and latest.
 *
 * @param step which milestone
 * @param expectedSeconds the expected time after the failure
 * @param earliestSeconds the earliest it can happen
 * @param latestSeconds the latest it can happen under the model
 * @param detail what happens, such as the replica promoted
 */
public record PlanStep(
        Step step,
        double expectedSeconds,
        double earliestSeconds,
        double latestSeconds,
        String detail) {

    /** The milestones. */
    public enum Step {
        /** Health checks (or Patroni's leader key expiry) notice the failure. */
        DETECTION,
        /** No traffic goes to failed capacity any more. */
        TRAFFIC_SHIFTED,
        /** A replica was promoted and accepts writes. */
        DATABASE_PROMOTED,
        /** The database was restored from the WAL archive in another region. */
        DATABASE_RESTORED,
        /** The survivors have enough ready replicas for the current load. */
        CAPACITY_READY
    }

    /** Checks for nulls. */
    public PlanStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(detail, "detail");
    }
}
