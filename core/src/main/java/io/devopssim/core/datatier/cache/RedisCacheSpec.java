package io.devopssim.core.datatier.cache;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Redis cache: its master, replicas and Sentinels, and the popularity of the keys it caches.
 *
 * <p>Sentinel settings follow Redis's names and defaults: {@code down-after-milliseconds} 30 000,
 * {@code failover-timeout} 180 000. Sentinel's internal periods are settings too, with Redis's
 * values: a PING to the master every second, asking the other sentinels every second, a timer about
 * ten times a second, and up to a second of random delay before starting a failover, which keeps
 * sentinels from splitting the vote. {@code promotionSeconds} (ours, default 1 s) is the time from
 * {@code REPLICAOF NO ONE} until clients use the new master.
 *
 * <p>Build instances with {@link #builder(String, String)}, which validates; the canonical
 * constructor does not.
 *
 * @param name the cache's name (Sentinel's master name)
 * @param master the name of the initial master
 * @param replicas the replicas, names unique
 * @param sentinels the sentinels, at least one, names unique
 * @param quorum sentinels that must see the master down to call it objectively down
 * @param downAfterMillis milliseconds without a valid reply before a sentinel sees it down
 * @param failoverTimeoutMillis Sentinel's {@code failover-timeout}
 * @param pingPeriodMillis time between two pings of the master by one sentinel
 * @param askPeriodMillis time between two questions to the other sentinels while down
 * @param timerPeriodMillis period of a sentinel's timer, which checks the master's state
 * @param maxDesyncMillis the random delay before a sentinel starts a failover is below this
 * @param promotionSeconds time from promoting a replica until clients use it
 * @param popularity the popularity of the cached keys
 * @param capacityKeys how many keys the cache holds
 * @param fallbackToDatabase whether reads go to the database while the cache is unavailable
 * @param sampleSeconds interval between two {@link CacheSample}s
 */
public record RedisCacheSpec(
        String name,
        String master,
        List<RedisReplica> replicas,
        List<Sentinel> sentinels,
        int quorum,
        double downAfterMillis,
        double failoverTimeoutMillis,
        double pingPeriodMillis,
        double askPeriodMillis,
        double timerPeriodMillis,
        double maxDesyncMillis,
        double promotionSeconds,
        ZipfPopularity popularity,
        double capacityKeys,
        boolean fallbackToDatabase,
        double sampleSeconds) {

    /** Returns a builder for a cache called {@code name} whose master is {@code master}. */
    public static Builder builder(String name, String master) {
        return new Builder(name, master);
    }

    /**
     * Returns the same cache sampled every {@code seconds} instead.
     *
     * @param seconds the interval between two {@link CacheSample}s, > 0; infinite for one sample at
     *     the start only, for a caller that samples the cache itself ({@link RedisCache#sampleNow})
     * @return the copy
     * @throws IllegalArgumentException if the interval is not above 0
     */
    public RedisCacheSpec withSampleSeconds(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("sampleSeconds must be > 0, was " + seconds);
        }
        return new RedisCacheSpec(
                name,
                master,
                replicas,
                sentinels,
                quorum,
                downAfterMillis,
                failoverTimeoutMillis,
                pingPeriodMillis,
                askPeriodMillis,
                timerPeriodMillis,
                maxDesyncMillis,
                promotionSeconds,
                popularity,
                capacityKeys,
                fallbackToDatabase,
                seconds);
    }

    /** Returns the names of the replicas, in order. */
    public List<String> replicaNames() {
        return replicas.stream().map(RedisReplica::name).toList();
    }

    /** Returns the names of the sentinels, in order. */
    public List<String> sentinelNames() {
        return sentinels.stream().map(Sentinel::name).toList();
    }

    /** Returns the votes a leader needs: the larger of the quorum and a majority of sentinels. */
    public int votesNeeded() {
        return Math.max(quorum, sentinels.size() / 2 + 1);
    }

    /**
     * Builds a {@link RedisCacheSpec}, reporting every invalid value at once. Required: at least
     * one sentinel, the quorum, the popularity and the capacity. Defaults: Redis's Sentinel
     * settings, promotion 1 s, reads fall back to the database, a sample every second.
     */
    public static final class Builder {

        private final String name;
        private final String master;
        private final List<RedisReplica> replicas = new ArrayList<>();
        private final List<Sentinel> sentinels = new ArrayList<>();
        private Integer quorum;
        private double downAfter = 30_000;
        private double failoverTimeout = 180_000;
        private double pingPeriod = 1000;
        private double askPeriod = 1000;
        private double timerPeriod = 100;
        private double maxDesync = 1000;
        private double promotion = 1;
        private ZipfPopularity popularity;
        private Double capacity;
        private boolean fallback = true;
        private double sample = 1;

        private Builder(String name, String master) {
            this.name = Objects.requireNonNull(name, "name");
            this.master = Objects.requireNonNull(master, "master");
        }

        /** Adds a replica. */
        public Builder replica(RedisReplica replica) {
            replicas.add(Objects.requireNonNull(replica, "replica"));
            return this;
        }

        /** Adds a sentinel. */
        public Builder sentinel(Sentinel sentinel) {
            sentinels.add(Objects.requireNonNull(sentinel, "sentinel"));
            return this;
        }

        /** Sets the quorum; required. */
        public Builder quorum(int quorum) {
            this.quorum = quorum;
            return this;
        }

        /** Sets {@code down-after-milliseconds}; default 30 000. */
        public Builder downAfterMillis(double millis) {
            this.downAfter = millis;
            return this;
        }

        /** Sets {@code failover-timeout} in milliseconds; default 180 000. */
        public Builder failoverTimeoutMillis(double millis) {
            this.failoverTimeout = millis;
            return this;
        }

        /** Sets the time between two pings of the master; default 1000 ms. */
        public Builder pingPeriodMillis(double millis) {
            this.pingPeriod = millis;
            return this;
        }

        /** Sets the time between two questions to the other sentinels; default 1000 ms. */
        public Builder askPeriodMillis(double millis) {
            this.askPeriod = millis;
            return this;
        }

        /** Sets the period of a sentinel's timer; default 100 ms. */
        public Builder timerPeriodMillis(double millis) {
            this.timerPeriod = millis;
            return this;
        }

        /** Sets the bound of the random delay before starting a failover; default 1000 ms. */
        public Builder maxDesyncMillis(double millis) {
            this.maxDesync = millis;
            return this;
        }

        /** Sets the time from promoting a replica until clients use it; default 1 s. */
        public Builder promotionSeconds(double seconds) {
            this.promotion = seconds;
            return this;
        }

        /** Sets the popularity of the cached keys; required. */
        public Builder popularity(ZipfPopularity popularity) {
            this.popularity = Objects.requireNonNull(popularity, "popularity");
            return this;
        }

        /** Sets how many keys the cache holds; required. */
        public Builder capacityKeys(double keys) {
            this.capacity = keys;
            return this;
        }

        /** Sets whether reads go to the database while the cache is down; default true. */
        public Builder fallbackToDatabase(boolean fallback) {
            this.fallback = fallback;
            return this;
        }

        /** Sets the interval between two samples; default 1 s. */
        public Builder sampleSeconds(double seconds) {
            this.sample = seconds;
            return this;
        }

        /**
         * Returns the validated cache.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value with its path
         */
        public RedisCacheSpec build() {
            Problems problems = new Problems();
            Bounds c = new Bounds(problems, "");
            c.notBlank("name", name);
            c.notBlank("master", master);
            checkNodes(c);
            checkSentinels(c);
            checkTimes(c);
            if (popularity == null) {
                c.fail("popularity", "required, was not set");
            }
            if (capacity == null) {
                c.fail("capacityKeys", "required, was not set");
            } else if (c.finite("capacityKeys", capacity) && capacity < 1) {
                c.fail("capacityKeys", "must be >= 1, was " + Values.number(capacity));
            }
            problems.throwIfAny("redis cache " + name);
            return new RedisCacheSpec(
                    name,
                    master,
                    List.copyOf(replicas),
                    List.copyOf(sentinels),
                    quorum,
                    downAfter,
                    failoverTimeout,
                    pingPeriod,
                    askPeriod,
                    timerPeriod,
                    maxDesync,
                    promotion,
                    popularity,
                    capacity,
                    fallback,
                    sample);
        }

        private void checkNodes(Bounds c) {
            Set<String> seen = new HashSet<>(Set.of(master));
            for (int i = 0; i < replicas.size(); i++) {
                RedisReplica r = replicas.get(i);
                Bounds at = c.index("replicas", i);
                if (at.notBlank("name", r.name()) && !seen.add(r.name())) {
                    at.fail("name", "duplicate node name " + Values.quoted(r.name()));
                }
                at.notBlank("zone", r.zone());
                if (r.replicaPriority() < 0) {
                    at.fail("replicaPriority", "must be >= 0, was " + r.replicaPriority());
                }
            }
        }

        private void checkSentinels(Bounds c) {
            if (sentinels.isEmpty()) {
                c.fail("sentinels", "must hold at least 1 sentinel, was empty");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < sentinels.size(); i++) {
                Sentinel s = sentinels.get(i);
                Bounds at = c.index("sentinels", i);
                if (at.notBlank("name", s.name()) && !seen.add(s.name())) {
                    at.fail("name", "duplicate sentinel name " + Values.quoted(s.name()));
                }
                at.notBlank("zone", s.zone());
                if (s.pingPhaseSeconds().isPresent() && Double.isFinite(pingPeriod)) {
                    at.inHalfOpen(
                            "pingPhaseSeconds",
                            s.pingPhaseSeconds().getAsDouble(),
                            0,
                            pingPeriod / 1000);
                }
            }
            if (quorum == null) {
                c.fail("quorum", "required, was not set");
            } else if (quorum < 1 || quorum > sentinels.size()) {
                c.fail(
                        "quorum",
                        "must be in [1, "
                                + sentinels.size()
                                + "] (the number of sentinels), was "
                                + quorum);
            }
        }

        private void checkTimes(Bounds c) {
            c.positive("downAfterMillis", downAfter);
            c.positive("failoverTimeoutMillis", failoverTimeout);
            c.positive("pingPeriodMillis", pingPeriod);
            c.positive("askPeriodMillis", askPeriod);
            c.positive("timerPeriodMillis", timerPeriod);
            c.nonNegative("maxDesyncMillis", maxDesync);
            c.nonNegative("promotionSeconds", promotion);
            c.positive("sampleSeconds", sample);
        }
    }
}
