package io.devopssim.core.failover;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a plan compares with simulated runs of its failure, quantity by quantity.
 *
 * <p>Tolerances: times (detection, shift, database, RTO) within {@code max(10 % of the plan, one
 * health-check interval)}, or one Patroni {@code loop_wait} for a database-only failure; RPO within
 * {@code max(10 %, one step)} (one step of writes in bytes, {@code stepSeconds} of the database and
 * archive models); requests lost within {@code max(15 %, one second of traffic)}.
 *
 * @param failure the failure verified
 * @param runs how many seeds were simulated
 * @param quantities the comparisons
 */
public record Verification(FailureScope failure, int runs, List<QuantityCheck> quantities) {

    /** Checks for nulls and copies the list. */
    public Verification {
        Objects.requireNonNull(failure, "failure");
        quantities = List.copyOf(quantities);
    }

    /** Returns whether every quantity agrees within its tolerance. */
    public boolean agrees() {
        return quantities.stream().allMatch(QuantityCheck::agrees);
    }

    /** Returns the quantities where the plan and the simulation differ beyond tolerance. */
    public List<QuantityCheck> differences() {
        return quantities.stream().filter(q -> !q.agrees()).toList();
    }

    /**
     * Returns one quantity's comparison.
     *
     * @param quantity the quantity
     * @return it, or empty when the failure does not involve it
     */
    public Optional<QuantityCheck> quantity(QuantityCheck.Quantity quantity) {
        return quantities.stream().filter(q -> q.quantity() == quantity).findFirst();
    }
}
