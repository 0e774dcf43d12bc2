package io.devopssim.core.sim;

import io.devopssim.core.model.Slo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one run: per-service results and the totals a capacity planner asks for.
 *
 * @param scenario the model's name
 * @param seed the run's seed
 * @param start the wall-clock instant simulated time 0 stands for, when a trace fixes it
 * @param durationSeconds simulated length of the run
 * @param stepSeconds the data plane's time step
 * @param slo the objective the run was judged against
 * @param completed false when the run was cancelled before its end
 * @param services one result per service, in model order
 * @param timeline failures, health verdicts and routing changes in time order; empty when nothing
 *     failed
 * @param database what the run's PostgreSQL cluster did; empty when the run had no database
 * @param cache what the run's Redis cache did; empty when the run had no cache
 */
public record SimulationResult(
        String scenario,
        long seed,
        Optional<Instant> start,
        double durationSeconds,
        double stepSeconds,
        Slo slo,
        boolean completed,
        List<ServiceResult> services,
        List<TimelineEvent> timeline,
        Optional<DatabaseResult> database,
        Optional<CacheResult> cache) {

    /** Creates a result, copying the lists. */
    public SimulationResult {
        services = List.copyOf(services);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(cache, "cache");
    }

    /**
     * Returns whether the run had a data tier, whose failed requests the reports then show.
     *
     * @return true with a database or a cache
     */
    public boolean hasDataTier() {
        return database.isPresent() || cache.isPresent();
    }

    /** Returns requests the data tier failed, over all services. */
    public double totalFailedByDataTierRequests() {
        return services.stream().mapToDouble(ServiceResult::failedByDataTierRequests).sum();
    }

    /** Returns the cost of all services together. */
    public double totalCost() {
        return services.stream().mapToDouble(ServiceResult::cost).sum();
    }

    /** Returns requests dropped or timed out, over all services. */
    public double totalDroppedRequests() {
        return services.stream().mapToDouble(ServiceResult::droppedRequests).sum();
    }

    /** Returns cost summed by {@code provider/region}, sorted by key. */
    public Map<String, Double> costByLocation() {
        Map<String, Double> costs = new TreeMap<>();
        for (ServiceResult s : services) {
            if (s.regions().isEmpty()) {
                costs.merge(s.provider() + "/" + s.region(), s.cost(), Double::sum);
            }
            for (RegionResult r : s.regions()) {
                costs.merge(r.provider() + "/" + r.region(), r.cost(), Double::sum);
            }
        }
        return costs;
    }
}
