package io.devopssim.core.sim;

/**
 * One entry of a run's failover timeline: a failure, a health verdict or a routing change.
 *
 * @param time simulated seconds
 * @param kind {@code failure-started}, {@code failure-recovered}, {@code region-unhealthy}, {@code
 *     region-healthy} or {@code routing-changed}
 * @param subject what it is about: a failure's kind and target, a region, a client source
 * @param detail the rest, such as a new traffic split, in a stable order
 */
public record TimelineEvent(double time, String kind, String subject, String detail) {}
