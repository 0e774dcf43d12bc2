package io.devopssim.core.failover;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failover plan: its milestones, the database's action, the capacity to add and the expectations.
 *
 * <p>Times are seconds after the failure. The RTO is the time until every request goes to healthy
 * regions with enough ready replicas for the load and the database accepts writes; the RPO is the
 * committed writes lost, in bytes of WAL and in seconds of writes.
 *
 * @param world the planned world's name
 * @param failure what fails
 * @param steps the milestones in time order of their expectation
 * @param database what happens to the database
 * @param capacity per serving region that survives, the capacity it needs
 * @param standby whether the added replicas are pre-provisioned (running before the failure)
 * @param rtoSeconds expected recovery time
 * @param rpoBytes expected WAL bytes of committed writes lost
 * @param rpoSeconds expected seconds of writes lost
 * @param requestsLost expected failed requests: to dead capacity, by overload, and writes refused
 * @param standbyCostPerMonth what pre-provisioning the added replicas costs per month
 */
public record FailoverPlan(
        String world,
        FailureScope failure,
        List<PlanStep> steps,
        DatabaseAction database,
        List<CapacityChange> capacity,
        boolean standby,
        double rtoSeconds,
        double rpoBytes,
        double rpoSeconds,
        double requestsLost,
        double standbyCostPerMonth) {

    /** Checks for nulls and copies the lists. */
    public FailoverPlan {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
        capacity = List.copyOf(capacity);
    }

    /**
     * Returns one milestone of the plan.
     *
     * @param step the milestone
     * @return it, or empty when the failure does not involve it
     */
    public Optional<PlanStep> step(PlanStep.Step step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    /**
     * Returns whether the failure costs anything: a milestone, recovery time, lost data or
     * requests.
     *
     * <p>False for a failure that takes no serving capacity, no region and not the database
     * primary, such as a zone holding none of its region's replicas and no primary.
     *
     * @return false when the plan has no steps, RTO 0, RPO 0 and no requests lost
     */
    public boolean hasImpact() {
        return !steps.isEmpty() || rtoSeconds > 0 || rpoBytes > 0 || requestsLost > 0;
    }

    /** Returns the replicas to add over all regions. */
    public int replicasToAdd() {
        return capacity.stream().mapToInt(CapacityChange::replicasToAdd).sum();
    }
}
