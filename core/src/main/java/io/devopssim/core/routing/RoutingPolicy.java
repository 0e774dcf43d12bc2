package io.devopssim.core.routing;

/** Says how global traffic picks a serving region, and whether DNS caches stand in between. */
public enum RoutingPolicy {

    /**
     * Latency-based GeoDNS: each source gets the healthy region with the lowest round trip; clients
     * move after failover only as resolver caches expire.
     */
    LATENCY,

    /**
     * Weighted DNS: each source's traffic splits over the healthy regions by weight; clients move
     * as resolver caches expire.
     */
    WEIGHTED,

    /**
     * An anycast global load balancer: one address announced everywhere, traffic goes to the
     * nearest healthy region, and a failed region drains over a convergence time, with no DNS
     * caching.
     */
    ANYCAST;

    /**
     * Returns whether answers travel through DNS resolver caches.
     *
     * @return true for the DNS policies
     */
    public boolean usesDns() {
        return this != ANYCAST;
    }
}
