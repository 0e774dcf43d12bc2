package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheEvent.MasterSwitched;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSample;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.cache.RedisCache;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scenario's Redis cache taking part in a run: its misses go to a database of bounded capacity.
 *
 * <p>Each step the services using the cache make {@code rate * readsPerRequest} reads; the {@link
 * RedisCache} on the run's kernel says how many miss ({@code reads * (1 - hit ratio)}, or every
 * read while it has no master and reads fall back to the database). The database answers at most
 * {@code databaseReadCapacity} of them per second; the rest fail, as do all reads during an outage
 * without fallback. With {@code R} reads per second, {@code F} of them failed and {@code f = F /
 * R}, the share of requests failed is
 *
 * <pre>{@code
 * failedShare = 1 - (1 - f)^r   if r = readsPerRequest >= 1
 *             = r * f           if r < 1
 * }</pre>
 *
 * <p>A request fails if any of its reads fails: a page that needs a session and a profile is not
 * served with one of them missing. Reads miss and fail independently of each other, as under the
 * independent key references {@link io.devopssim.core.datatier.cache.ZipfPopularity} assumes, so
 * with {@code r} reads a request succeeds with {@code (1 - f)^r}; with fewer than one read per
 * request, a share {@code r} of the requests makes one read. The share of reads, {@code f}, would
 * undercount: with two reads per request and a quarter of the reads failing, 44 % of the requests
 * fail, not 25 %.
 *
 * <p>A {@link FailureStarted} on the kernel whose changed components include the zone or region of
 * a master, replica or sentinel loses that process at once; a lost sentinel no longer sees the
 * master down nor votes.
 *
 * <p><b>Limitations.</b> Lost processes never return, even when their zone recovers (the model's
 * own limitation). The hit ratio and the failed share are those at the step's start and held over
 * the step; the hit ratio rises during a step of a warming cache, so a long step slightly
 * overstates the database's load. The database's extra read latency is not added to the services'
 * latency.
 */
final class CacheRun implements DataTierPart {

    private final SimulationKernel kernel;
    private final CacheSection section;
    private final SteppedReads reads = new SteppedReads();
    private final RedisCache cache;
    private final CacheTally tally;
    private final Set<String> lost = new LinkedHashSet<>();
    private double failedShare;

    private CacheRun(SimulationKernel kernel, CacheSection section) {
        this.kernel = kernel;
        this.section = section;
        // the part samples the cache itself at every step's start (sampleNow), so the cache's own
        // periodic samples, an event and a stored sample per step, are not needed
        this.cache =
                RedisCache.start(
                        kernel, section.spec().withSampleSeconds(Double.POSITIVE_INFINITY), reads);
        this.tally = new CacheTally(CacheFailover.RECOVERED_SHARE * cache.warmHitRatio());
    }

    /**
     * Returns the cache part of a run, its cache warm and running on {@code kernel} from now.
     *
     * <p>It follows the kernel's failures from now on; add it to the run's data-tier parts and step
     * it with the request rate of the services {@link CacheSection#usedBy using} the cache.
     *
     * @param kernel the run's kernel; its seed fixes the sentinels' phases and delays
     * @param section the scenario's cache
     * @return the running part
     */
    static CacheRun start(SimulationKernel kernel, CacheSection section) {
        CacheRun run =
                new CacheRun(
                        Objects.requireNonNull(kernel, "kernel"),
                        Objects.requireNonNull(section, "section"));
        kernel.addListener(FailureStarted.class, run::failureStarted);
        kernel.addListener(MasterSwitched.class, run::switched);
        return run;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs the kernel to {@code time} first if it is behind. A NaN rate (a gap in a trace)
     * counts as no reads.
     *
     * @throws IllegalArgumentException if the rate is negative or infinite, or the time is before
     *     the kernel's
     */
    @Override
    public void step(double time, double requestRate) {
        if (requestRate < 0 || requestRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "requestRate must be a finite rate >= 0, was " + requestRate);
        }
        if (time < kernel.now() || Double.isNaN(time)) {
            throw new IllegalArgumentException(
                    "time must not be before the kernel's " + kernel.now() + ", was " + time);
        }
        if (time > kernel.now()) {
            kernel.runUntil(time);
        }
        double rate = Double.isNaN(requestRate) ? 0 : requestRate;

        cache.sampleNow();
        reads.set(rate * section.readsPerRequest());
        CacheSample now = cache.sampleNow();
        failedShare = failedShare(now, section.readsPerRequest(), section.databaseReadCapacity());
        tally.step(time, rate, now, failedShare);
    }

    @Override
    public double failedShare() {
        return failedShare;
    }

    /**
     * Returns the share of requests failed in a state of the cache, by the formula of the type.
     *
     * @param s the cache's state, its request rate counting reads
     * @param readsPerRequest reads per request, > 0
     * @param capacity reads per second the database answers
     * @return the share, in [0, 1]
     */
    static double failedShare(CacheSample s, double readsPerRequest, double capacity) {
        double reads = s.requestsPerSecond();
        if (!(reads > 0)) {
            return 0;
        }
        double beyond = Math.max(0, s.databaseQueriesPerSecond() - capacity);
        double f = Math.min(1, (s.failedPerSecond() + beyond) / reads);
        return readsPerRequest >= 1
                ? -Math.expm1(readsPerRequest * Math.log1p(-f))
                : readsPerRequest * f;
    }

    /**
     * Returns the run's result up to {@code end}.
     *
     * @param end the end of the run, in simulated seconds
     * @return the result
     */
    CacheResult result(double end) {
        return result(end, tally.failedRequests());
    }

    /**
     * Returns the run's result up to {@code end}, with the requests the run attributes to the
     * cache.
     *
     * <p>Alone, the part counts every request it was given times its failed share, as if the
     * services would have served them all; in a run, the data tier counts what the services lost.
     *
     * @param end the end of the run, in simulated seconds
     * @param failedRequests the requests the services lost because of the cache
     * @return the result
     */
    CacheResult result(double end, double failedRequests) {
        tally.close(end);
        return new CacheResult(
                section.spec().name(),
                cache.warmHitRatio(),
                tally.minHitRatio(),
                tally.minHitRatioAt(),
                tally.peakDatabaseReads(),
                tally.peakDatabaseReadsAt(),
                section.databaseReadCapacity(),
                tally.requests(),
                failedRequests,
                tally.databaseReads(),
                CacheFailovers.of(section.spec().master(), cache.events(), tally),
                List.copyOf(lost));
    }

    /** Returns the running cache, for its events and samples. */
    RedisCache cache() {
        return cache;
    }

    private void failureStarted(FailureStarted e) {
        List<String> zones = e.changed(Level.ZONE);
        List<String> regions = e.changed(Level.REGION);
        for (CacheNode node : section.nodes()) {
            boolean hit = zones.contains(node.zone()) || regions.contains(node.region());
            if (hit && lost.add(node.name())) {
                cache.failAt(node.name(), kernel.now());
            }
        }
    }

    private void switched(MasterSwitched e) {
        if (e.cache().equals(section.spec().name())) {
            tally.watchFrom(e.time());
        }
    }
}
