package io.devopssim.core.failover;

import java.util.Objects;

/**
 * One quantity of a plan against its simulation: planned, simulated mean and spread, tolerance.
 *
 * @param quantity what is compared
 * @param planned the plan's expectation
 * @param simulatedMean the mean over the simulated runs
 * @param simulatedMin the smallest simulated value
 * @param simulatedMax the largest simulated value
 * @param tolerance the largest difference of mean and plan that still agrees
 * @param agrees whether {@code |simulatedMean − planned| <= tolerance}
 */
public record QuantityCheck(
        Quantity quantity,
        double planned,
        double simulatedMean,
        double simulatedMin,
        double simulatedMax,
        double tolerance,
        boolean agrees) {

    /** The quantities verified. */
    public enum Quantity {
        /** Seconds until the first health-check detection (or leader key expiry). */
        DETECTION_SECONDS,
        /** Seconds until no traffic goes to failed capacity. */
        TRAFFIC_SHIFTED_SECONDS,
        /** Seconds until the database accepts writes again. */
        DATABASE_READY_SECONDS,
        /** The recovery time objective met. */
        RTO_SECONDS,
        /** WAL bytes of committed writes lost. */
        RPO_BYTES,
        /** Seconds of writes lost. */
        RPO_SECONDS,
        /** Failed requests. */
        REQUESTS_LOST
    }

    /** Checks for nulls. */
    public QuantityCheck {
        Objects.requireNonNull(quantity, "quantity");
    }

    /** Returns the simulated mean minus the plan. */
    public double difference() {
        return simulatedMean - planned;
    }
}
