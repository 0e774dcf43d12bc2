package io.devopssim.core.datatier.postgres;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Values;

/**
 * The Patroni settings that decide when and to which replica a PostgreSQL cluster fails over.
 *
 * <p>Names and defaults follow Patroni's dynamic configuration: {@code ttl} 30 s, {@code loop_wait}
 * 10 s, {@code retry_timeout} 10 s, {@code maximum_lag_on_failover} 1 MiB, {@code synchronous_mode}
 * off, {@code synchronous_node_count} 1. Patroni's own lower limits (ttl 20 s, loop_wait 1 s,
 * retry_timeout 3 s) and its rule {@code loop_wait + 2 * retry_timeout <= ttl} are enforced. {@code
 * promotionSeconds} is ours, not Patroni's: the time from taking the leader key until the promoted
 * server accepts writes, before replaying any WAL it received but had not applied.
 *
 * <p>Build instances with {@link #builder()}, which validates; the canonical constructor does not.
 *
 * @param ttlSeconds lifetime of the leader key after its last renewal
 * @param loopWaitSeconds period of every member's HA loop
 * @param retryTimeoutSeconds how long DCS and PostgreSQL operations are retried
 * @param maximumLagOnFailoverBytes the most WAL bytes a replica may lag and still be promoted
 * @param synchronousMode whether commits wait for synchronous standbys, which alone may be promoted
 * @param synchronousNodeCount how many synchronous standbys the primary keeps in synchronous mode
 * @param promotionSeconds time to promote a replica once it holds the leader key
 */
public record PatroniSettings(
        double ttlSeconds,
        double loopWaitSeconds,
        double retryTimeoutSeconds,
        double maximumLagOnFailoverBytes,
        boolean synchronousMode,
        int synchronousNodeCount,
        double promotionSeconds) {

    /** Patroni's default for {@code maximum_lag_on_failover}: 1 MiB. */
    public static final double DEFAULT_MAXIMUM_LAG_BYTES = 1024 * 1024;

    /** Returns Patroni's defaults, asynchronous replication and a 2 s promotion. */
    public static PatroniSettings defaults() {
        return builder().build();
    }

    /** Returns a builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these settings, to derive a changed copy. */
    public Builder toBuilder() {
        return builder()
                .ttlSeconds(ttlSeconds)
                .loopWaitSeconds(loopWaitSeconds)
                .retryTimeoutSeconds(retryTimeoutSeconds)
                .maximumLagOnFailoverBytes(maximumLagOnFailoverBytes)
                .synchronousMode(synchronousMode)
                .synchronousNodeCount(synchronousNodeCount)
                .promotionSeconds(promotionSeconds);
    }

    /** Builds {@link PatroniSettings}, reporting every invalid value at once. */
    public static final class Builder {

        private double ttl = 30;
        private double loopWait = 10;
        private double retryTimeout = 10;
        private double maximumLag = DEFAULT_MAXIMUM_LAG_BYTES;
        private boolean synchronousMode;
        private int synchronousNodeCount = 1;
        private double promotion = 2;

        private Builder() {}

        /** Sets {@code ttl}, the leader key's lifetime in seconds; default 30, at least 20. */
        public Builder ttlSeconds(double seconds) {
            this.ttl = seconds;
            return this;
        }

        /** Sets {@code loop_wait}, the HA loop period in seconds; default 10, at least 1. */
        public Builder loopWaitSeconds(double seconds) {
            this.loopWait = seconds;
            return this;
        }

        /** Sets {@code retry_timeout} in seconds; default 10, at least 3. */
        public Builder retryTimeoutSeconds(double seconds) {
            this.retryTimeout = seconds;
            return this;
        }

        /** Sets {@code maximum_lag_on_failover} in bytes; default 1 MiB. */
        public Builder maximumLagOnFailoverBytes(double bytes) {
            this.maximumLag = bytes;
            return this;
        }

        /** Sets {@code synchronous_mode}; default off (asynchronous replication). */
        public Builder synchronousMode(boolean on) {
            this.synchronousMode = on;
            return this;
        }

        /** Sets {@code synchronous_node_count}; default 1. */
        public Builder synchronousNodeCount(int count) {
            this.synchronousNodeCount = count;
            return this;
        }

        /** Sets the time to promote a replica that holds the leader key; default 2 s. */
        public Builder promotionSeconds(double seconds) {
            this.promotion = seconds;
            return this;
        }

        /**
         * Returns the validated settings.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value
         */
        public PatroniSettings build() {
            Problems problems = new Problems();
            PatroniSettings settings = check(new Bounds(problems, ""));
            problems.throwIfAny("patroni settings");
            return settings;
        }

        PatroniSettings check(Bounds c) {
            atLeast(c, "ttl", ttl, 20);
            atLeast(c, "loop_wait", loopWait, 1);
            atLeast(c, "retry_timeout", retryTimeout, 3);
            if (Double.isFinite(ttl + loopWait + retryTimeout)
                    && loopWait + 2 * retryTimeout > ttl) {
                c.fail(
                        "ttl",
                        "must be >= loop_wait + 2 * retry_timeout ("
                                + Values.number(loopWait + 2 * retryTimeout)
                                + ") as Patroni requires, was "
                                + Values.number(ttl));
            }
            c.nonNegative("maximum_lag_on_failover", maximumLag);
            if (synchronousNodeCount < 1) {
                c.fail("synchronous_node_count", "must be >= 1, was " + synchronousNodeCount);
            }
            c.nonNegative("promotionSeconds", promotion);
            return new PatroniSettings(
                    ttl,
                    loopWait,
                    retryTimeout,
                    maximumLag,
                    synchronousMode,
                    synchronousNodeCount,
                    promotion);
        }

        private static void atLeast(Bounds c, String field, double value, double min) {
            if (c.finite(field, value) && value < min) {
                c.fail(
                        field,
                        "must be >= "
                                + Values.number(min)
                                + " s (Patroni's minimum), was "
                                + Values.number(value));
            }
        }
    }
}
