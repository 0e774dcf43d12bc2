package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheEvent;
import io.devopssim.core.datatier.cache.CacheEvent.CacheFlushed;
import io.devopssim.core.datatier.cache.CacheEvent.FailoverAborted;
import io.devopssim.core.datatier.cache.CacheEvent.FailoverNotStarted;
import io.devopssim.core.datatier.cache.CacheEvent.LeaderElected;
import io.devopssim.core.datatier.cache.CacheEvent.MasterSwitched;
import io.devopssim.core.datatier.cache.CacheEvent.NodeLost;
import io.devopssim.core.datatier.cache.CacheEvent.ObjectivelyDown;
import io.devopssim.core.datatier.cache.CacheEvent.SubjectivelyDown;
import java.util.Locale;

/** Turns a Redis cache's Sentinel events into timeline entries, as the database's are. */
final class CacheTimeline {

    private CacheTimeline() {}

    static TimelineEvent entry(CacheEvent e) {
        if (e instanceof NodeLost l) {
            return event(l.time(), "cache-node-lost", l.cache(), l.node(), "");
        } else if (e instanceof SubjectivelyDown d) {
            return event(d.time(), "cache-master-down", d.cache(), d.sentinel(), "subjectively");
        } else if (e instanceof ObjectivelyDown o) {
            String agree = "objectively, " + o.agreeing() + " sentinels agree";
            return event(o.time(), "cache-master-down", o.cache(), o.sentinel(), agree);
        } else if (e instanceof LeaderElected l) {
            String votes = "epoch " + l.epoch() + ", " + l.votes() + " votes";
            return event(l.time(), "cache-leader-elected", l.cache(), l.sentinel(), votes);
        } else if (e instanceof FailoverNotStarted n) {
            return event(
                    n.time(), "cache-failover-not-started", n.cache(), n.sentinel(), n.reason());
        } else if (e instanceof FailoverAborted a) {
            return event(a.time(), "cache-failover-aborted", a.cache(), "", a.reason());
        } else if (e instanceof MasterSwitched m) {
            return event(m.time(), "cache-master-switched", m.cache(), m.newMaster(), switched(m));
        }
        CacheFlushed f = (CacheFlushed) e;
        return event(f.time(), "cache-flushed", f.cache(), "", "starts cold");
    }

    private static String switched(MasterSwitched m) {
        return String.format(
                Locale.ROOT,
                "replaces %s after %.1f s without a master, %s",
                m.oldMaster(),
                m.outageSeconds(),
                m.warm() ? "warm" : "cold");
    }

    private static TimelineEvent event(
            double time, String kind, String cache, String node, String detail) {
        String subject = node.isEmpty() ? cache : cache + " " + node;
        return new TimelineEvent(time, kind, subject, detail);
    }
}
