package io.devopssim.core.datatier.postgres;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One PostgreSQL server of a Patroni cluster: where it runs and how fast it follows the primary.
 *
 * <p>A replica receives WAL {@code shippingDelaySeconds} after the primary wrote it, at most {@code
 * receiveBytesPerSecond}, and replays what it received at most {@code applyBytesPerSecond}. Its
 * replay lag grows at {@code write rate - apply rate} while the primary writes faster than it
 * applies.
 *
 * <p>Build instances with {@link #builder(String)}, which validates; the canonical constructor does
 * not.
 *
 * @param name unique name in the cluster
 * @param zone availability zone, such as {@code us-east-1a}
 * @param region region, such as {@code us-east-1}
 * @param failoverPriority Patroni's {@code failover_priority} tag: among replicas with equal WAL,
 *     the higher wins; 0 means never promoted, as the {@code nofailover} tag does
 * @param applyBytesPerSecond WAL replay rate, above 0, infinite for "always keeps up"
 * @param receiveBytesPerSecond WAL receive rate, above 0, infinite for "network not the limit"
 * @param shippingDelaySeconds time WAL takes from the primary to this replica, at least 0
 * @param loopPhaseSeconds when in each {@code loop_wait} period this member runs its HA loop; empty
 *     means drawn from the run's random stream
 */
public record PostgresMember(
        String name,
        String zone,
        String region,
        int failoverPriority,
        double applyBytesPerSecond,
        double receiveBytesPerSecond,
        double shippingDelaySeconds,
        OptionalDouble loopPhaseSeconds) {

    /**
     * Returns a builder for a member called {@code name}; see {@link Builder} for the defaults.
     *
     * @param name the member's name, unique in the cluster
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Returns whether Patroni may promote this member, that is its priority is above 0. */
    public boolean canBePromoted() {
        return failoverPriority > 0;
    }

    /**
     * Builds a {@link PostgresMember}. Required: zone and region. Defaults: failover priority 1,
     * infinite apply and receive rates, no shipping delay, a random loop phase.
     */
    public static final class Builder {

        private final String name;
        private String zone;
        private String region;
        private int failoverPriority = 1;
        private double apply = Double.POSITIVE_INFINITY;
        private double receive = Double.POSITIVE_INFINITY;
        private double shippingDelay;
        private Double loopPhase;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Returns the member's name. */
        public String name() {
            return name;
        }

        /** Sets the member's zone and region; required. */
        public Builder location(String region, String zone) {
            this.region = Objects.requireNonNull(region, "region");
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Sets Patroni's {@code failover_priority} tag; default 1, 0 for never promoted. */
        public Builder failoverPriority(int priority) {
            this.failoverPriority = priority;
            return this;
        }

        /** Sets the {@code nofailover} tag: the member is never promoted (priority 0). */
        public Builder noFailover() {
            this.failoverPriority = 0;
            return this;
        }

        /** Sets the WAL replay rate in bytes per second; default infinite. */
        public Builder applyBytesPerSecond(double bytesPerSecond) {
            this.apply = bytesPerSecond;
            return this;
        }

        /** Sets the WAL receive rate in bytes per second; default infinite. */
        public Builder receiveBytesPerSecond(double bytesPerSecond) {
            this.receive = bytesPerSecond;
            return this;
        }

        /** Sets the time WAL takes to reach this member from the primary; default 0 s. */
        public Builder shippingDelaySeconds(double seconds) {
            this.shippingDelay = seconds;
            return this;
        }

        /** Sets when in each {@code loop_wait} period this member runs its HA loop. */
        public Builder loopPhaseSeconds(double seconds) {
            this.loopPhase = seconds;
            return this;
        }

        /**
         * Returns the validated member.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value
         */
        public PostgresMember build() {
            Problems problems = new Problems();
            PostgresMember member = check(new Bounds(problems, ""));
            problems.throwIfAny("member " + name);
            return member;
        }

        PostgresMember check(Bounds c) {
            c.notBlank("name", name);
            c.notBlank("zone", zone);
            c.notBlank("region", region);
            if (failoverPriority < 0) {
                c.fail("failoverPriority", "must be >= 0, was " + failoverPriority);
            }
            c.positiveOrInfinite("applyBytesPerSecond", apply);
            c.positiveOrInfinite("receiveBytesPerSecond", receive);
            c.nonNegative("shippingDelaySeconds", shippingDelay);
            if (loopPhase != null) {
                c.nonNegative("loopPhaseSeconds", loopPhase);
            }
            return new PostgresMember(
                    name,
                    zone,
                    region,
                    failoverPriority,
                    apply,
                    receive,
                    shippingDelay,
                    loopPhase == null ? OptionalDouble.empty() : OptionalDouble.of(loopPhase));
        }
    }
}
