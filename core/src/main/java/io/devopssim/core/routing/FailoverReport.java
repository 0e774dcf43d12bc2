package io.devopssim.core.routing;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a region's failure did to global traffic: detection, recovery and failed requests.
 *
 * <p>Recovery is measured on traffic, relative to what the region carried when it failed: {@code
 * recovered99Seconds} is when at most 1 % of that traffic still goes there, {@code
 * recoveredSeconds} when none does (the last resolver cache expired, or anycast converged).
 *
 * @param region the failed region's id
 * @param failedAt when it failed, in simulated seconds
 * @param detectionSeconds seconds until health checks marked it unhealthy; empty if they had not
 * @param recovered99Seconds seconds until 99 % of its traffic had moved; empty if it had not
 * @param recoveredSeconds seconds until all of its traffic had moved; empty if it had not
 * @param failedRequests requests sent to the region while it was down, over all sources
 * @param sources the impact on each source, in configuration order
 */
public record FailoverReport(
        String region,
        double failedAt,
        OptionalDouble detectionSeconds,
        OptionalDouble recovered99Seconds,
        OptionalDouble recoveredSeconds,
        double failedRequests,
        List<SourceImpact> sources) {

    /** Checks for nulls and copies the list. */
    public FailoverReport {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(detectionSeconds, "detectionSeconds");
        Objects.requireNonNull(recovered99Seconds, "recovered99Seconds");
        Objects.requireNonNull(recoveredSeconds, "recoveredSeconds");
        sources = List.copyOf(sources);
    }

    /**
     * Returns the impact on one source.
     *
     * @param name the source's name
     * @return the impact
     * @throws IllegalArgumentException if the report has no such source
     */
    public SourceImpact source(String name) {
        return sources.stream()
                .filter(s -> s.source().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source named " + name));
    }
}
