package io.devopssim.core.sim;

import static io.devopssim.core.sim.CacheRunFixture.outage;
import static io.devopssim.core.sim.CacheRunFixture.section;
import static io.devopssim.core.sim.CacheRunFixture.stepEverySecond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.cache.CacheSample;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.kernel.SimulationKernel;
import org.junit.jupiter.api.Test;

class CacheRunTest {

    private static final double LOST_AT = 100.5;

    private static CacheRun started(long seed) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        CacheRun run = CacheRun.start(kernel, section());
        outage(kernel, FailureKind.ZONE_OUTAGE, "use1-az1", LOST_AT);
        return run;
    }

    @Test
    void zoneOutage_manySeeds_detectedNoSoonerThanDownAfterAndSwitchedWithinBounds() {
        // The first unanswered PING is at most 1 s after the loss and the timer adds < 0.1 s;
        // then agreement < one 1 s ask period, the desync < 1 s, the vote one 0.1 s timer tick
        // and the 1 s promotion.
        for (long seed = 1; seed <= 30; seed++) {
            CacheRun run = started(seed);
            stepEverySecond(run, 200, 100);
            CacheFailover f = run.result(201).failovers().get(0);

            assertThat(f.lostAt()).isEqualTo(LOST_AT);
            assertThat(f.subjectivelyDownAt().getAsDouble() - LOST_AT)
                    .isGreaterThanOrEqualTo(30 - 1e-9)
                    .isLessThan(30 + 1 + 0.1);
            assertThat(f.detectedAt().getAsDouble())
                    .isGreaterThanOrEqualTo(f.subjectivelyDownAt().getAsDouble());
            assertThat(f.outageSeconds().getAsDouble())
                    .isGreaterThan(30 + 1)
                    .isLessThan(30 + 1 + 0.1 + 1 + 1 + 0.1 + 1);
            assertThat(f.newMaster()).contains("redis-2");
            assertThat(f.warm()).isFalse();
            assertThat(run.result(201).lostNodes()).containsExactly("redis-1", "s1");
        }
    }

    @Test
    void coldSwitch_hitRatioFollowsTheClosedFormWarmUp() {
        // Tolerance 1e-4: the model groups the tail ranks; ExactZipf sums rank by rank. Here the
        // warm hit ratio is 0.803, the cache is full after 71 k reads and back to 90 % of warm
        // after 27 k reads, 135 s at 200 reads/s.
        ExactZipf exact = new ExactZipf(CacheRunFixture.KEYS, CacheRunFixture.EXPONENT);
        double fill = exact.fill(CacheRunFixture.CAPACITY_KEYS);
        double warm = exact.hit(fill);
        double reads = 100 * CacheRunFixture.READS_PER_REQUEST;
        CacheRun run = started(7);
        double switchedAt = Double.NaN;
        for (int t = 0; t <= 600; t++) {
            run.step(t, 100);
            CacheSample s = run.cache().sampleNow();
            if (Double.isNaN(switchedAt) && run.cache().master().orElse("").equals("redis-2")) {
                switchedAt =
                        run.cache().events().stream()
                                .filter(
                                        e ->
                                                e
                                                        instanceof
                                                        io.devopssim.core.datatier.cache.CacheEvent
                                                                .MasterSwitched)
                                .findFirst()
                                .orElseThrow()
                                .time();
            }
            if (t < LOST_AT) {
                assertThat(s.hitRatio()).isCloseTo(warm, within(1e-4));
            } else if (Double.isNaN(switchedAt)) {
                assertThat(s.hitRatio()).isZero();
                assertThat(s.databaseQueriesPerSecond()).isEqualTo(reads);
            } else if (t % 5 == 0 || t - switchedAt < 10) {
                double n = Math.min(reads * (t - switchedAt), fill);
                assertThat(s.hitRatio()).isCloseTo(exact.hit(n), within(1e-4));
            }
            assertThat(s.databaseQueriesPerSecond())
                    .isCloseTo(reads * (1 - (s.available() ? s.hitRatio() : 0)), within(1e-9));
        }

        CacheResult result = run.result(601);
        CacheFailover f = result.failovers().get(0);
        double firstStep = Math.ceil(switchedAt);
        assertThat(f.coldHitRatio())
                .isCloseTo(exact.hit(reads * (firstStep - switchedAt)), within(1e-4));
        double toNinety = exact.readsToReach(0.9 * warm, fill) / reads;
        assertThat(f.hitRecoveredAt().getAsDouble() - switchedAt)
                .isGreaterThanOrEqualTo(toNinety - 1)
                .isLessThanOrEqualTo(toNinety + 1);
        assertThat(result.warmHitRatio()).isCloseTo(warm, within(1e-4));
        assertThat(result.minHitRatio()).isZero();
        assertThat(result.failedRequests()).isZero();
        assertThat(result.peakDatabaseReadsPerSecond()).isEqualTo(reads);
    }

    @Test
    void capacityExceeded_failedShareIsAnyOfTheRequestsReadsFailing() {
        // 2000 requests/s make 4000 reads/s; the database answers 3000 of the misses.
        CacheRun run = started(3);
        double failed = 0;
        boolean sawOutage = false;
        for (int t = 0; t <= 600; t++) {
            run.step(t, 2000);
            CacheSample s = run.cache().sampleNow();
            double f = Math.max(0, s.databaseQueriesPerSecond() - 3000) / 4000;
            double expected = 1 - (1 - f) * (1 - f);
            assertThat(run.failedShare()).isCloseTo(expected, within(1e-12));
            if (t < LOST_AT) {
                assertThat(run.failedShare()).isZero();
            }
            if (!s.available()) {
                sawOutage = true;
                assertThat(run.failedShare()).isCloseTo(1 - 0.75 * 0.75, within(1e-12));
            }
            failed += 2000 * run.failedShare();
        }

        CacheResult result = run.result(601);
        assertThat(sawOutage).isTrue();
        assertThat(result.failedRequests()).isCloseTo(failed, within(1e-6 * failed));
        assertThat(result.requests()).isEqualTo(2000.0 * 601);
        assertThat(result.peakDatabaseReadsPerSecond()).isEqualTo(4000);
        assertThat(result.databaseReadCapacity()).isEqualTo(3000);
    }

    @Test
    void failedShare_formula_handValues() {
        assertThat(CacheRun.failedShare(sample(4000, 1000, 0), 2, 3000)).isZero();
        assertThat(CacheRun.failedShare(sample(4000, 4000, 0), 2, 3000)).isEqualTo(0.4375);
        assertThat(CacheRun.failedShare(sample(4000, 4000, 0), 1, 3000))
                .isCloseTo(0.25, within(1e-15));
        assertThat(CacheRun.failedShare(sample(4000, 4000, 0), 0.5, 3000)).isEqualTo(0.125);
        assertThat(CacheRun.failedShare(sample(4000, 0, 4000), 2, 3000)).isEqualTo(1);
        assertThat(CacheRun.failedShare(sample(0, 0, 0), 2, 3000)).isZero();
        assertThat(CacheRun.failedShare(sample(4000, 4000, 0), 2, Double.POSITIVE_INFINITY))
                .isZero();
    }

    private static CacheSample sample(double reads, double database, double failed) {
        return new CacheSample(
                0, failed == 0, reads, 1 - database / Math.max(reads, 1), database, failed);
    }

    @Test
    void outageWithoutFallback_everyRequestFailsUntilTheSwitch() {
        SimulationKernel kernel = SimulationKernel.create(9);
        CacheRun run = CacheRun.start(kernel, CacheRunFixture.withoutFallback());
        outage(kernel, FailureKind.ZONE_OUTAGE, "use1-az1", LOST_AT);
        double outageSteps = 0;
        for (int t = 0; t <= 300; t++) {
            run.step(t, 100);
            if (run.cache().master().isEmpty()) {
                outageSteps++;
                assertThat(run.failedShare()).isEqualTo(1);
                assertThat(run.cache().sampleNow().databaseQueriesPerSecond()).isZero();
            } else {
                assertThat(run.failedShare()).isZero();
            }
        }

        CacheResult result = run.result(301);
        double switchedAt = result.failovers().get(0).switchedAt().getAsDouble();
        assertThat(outageSteps).isEqualTo(Math.ceil(switchedAt) - Math.ceil(LOST_AT));
        assertThat(result.failedRequests()).isEqualTo(100 * outageSteps);
    }

    @Test
    void sentinelsLostWithTheMaster_quorumNotReachedAndNoSwitch() {
        SimulationKernel kernel = SimulationKernel.create(11);
        CacheRun run = CacheRun.start(kernel, section(true, "use1-az1", "use1-az1", "use1-az2"));
        outage(kernel, FailureKind.ZONE_OUTAGE, "use1-az1", LOST_AT);
        stepEverySecond(run, 600, 100);

        CacheResult result = run.result(601);
        CacheFailover f = result.failovers().get(0);
        assertThat(result.lostNodes()).containsExactly("redis-1", "s1", "s2");
        assertThat(f.subjectivelyDownAt()).isPresent();
        assertThat(f.detectedAt()).isEmpty();
        assertThat(f.newMaster()).isEmpty();
        assertThat(f.hitRecoveredAt()).isEmpty();
        assertThat(run.cache().sampleNow().databaseQueriesPerSecond()).isEqualTo(200);
    }

    @Test
    void outageOfAnotherZone_losesOnlyItsSentinel() {
        SimulationKernel kernel = SimulationKernel.create(12);
        CacheRun run = CacheRun.start(kernel, section());
        outage(kernel, FailureKind.ZONE_OUTAGE, "use1-az3", LOST_AT);
        stepEverySecond(run, 300, 2000);

        CacheResult result = run.result(301);
        assertThat(result.lostNodes()).containsExactly("s3");
        assertThat(result.failovers()).isEmpty();
        assertThat(result.minHitRatio()).isEqualTo(result.warmHitRatio());
        assertThat(result.failedRequests()).isZero();
    }

    @Test
    void regionOutage_losesEveryProcessAndNoSentinelSeesIt() {
        SimulationKernel kernel = SimulationKernel.create(13);
        CacheRun run = CacheRun.start(kernel, section());
        outage(kernel, FailureKind.REGION_OUTAGE, "us-east-1", LOST_AT);
        stepEverySecond(run, 300, 100);

        CacheResult result = run.result(301);
        assertThat(result.lostNodes()).containsExactly("redis-1", "redis-2", "s1", "s2", "s3");
        CacheFailover f = result.failovers().get(0);
        assertThat(f.subjectivelyDownAt()).isEmpty();
        assertThat(f.switchedAt()).isEmpty();
    }

    @Test
    void warmReplica_switchKeepsTheWarmHitRatio() {
        SimulationKernel kernel = SimulationKernel.create(14);
        CacheRun run = CacheRun.start(kernel, section(false, "use1-az1", "use1-az2", "use1-az3"));
        outage(kernel, FailureKind.ZONE_OUTAGE, "use1-az1", LOST_AT);
        stepEverySecond(run, 300, 100);

        CacheResult result = run.result(301);
        CacheFailover f = result.failovers().get(0);
        assertThat(f.warm()).isTrue();
        assertThat(f.coldHitRatio()).isEqualTo(result.warmHitRatio());
        assertThat(f.hitRecoveredAt().getAsDouble())
                .isEqualTo(Math.ceil(f.switchedAt().getAsDouble()));
    }

    @Test
    void sameSeed_sameResult_otherSeed_otherTimings() {
        CacheRun a = started(21);
        CacheRun b = started(21);
        CacheRun c = started(22);
        stepEverySecond(a, 300, 100);
        stepEverySecond(b, 300, 100);
        stepEverySecond(c, 300, 100);

        assertThat(a.result(301)).isEqualTo(b.result(301));
        assertThat(c.result(301).failovers().get(0).switchedAt())
                .isNotEqualTo(a.result(301).failovers().get(0).switchedAt());
    }

    @Test
    void step_badRateOrTime_throwsAndNaNCountsAsNoReads() {
        CacheRun run = started(1);
        assertThatThrownBy(() -> run.step(0, -1)).hasMessageContaining("requestRate");
        assertThatThrownBy(() -> run.step(0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("requestRate");
        run.step(5, Double.NaN);
        assertThatThrownBy(() -> run.step(4, 1)).hasMessageContaining("before the kernel");
        run.step(10, 1);

        assertThat(run.result(10).requests()).isZero();
        assertThat(run.failedShare()).isZero();
    }
}
