package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfPopularityTest {

    /** Draws ranks 1..n with probability proportional to i^-s by inverting the CDF. */
    private static final class ZipfSampler {
        private final double[] cdf;

        ZipfSampler(int keys, double s) {
            cdf = new double[keys];
            double sum = 0;
            for (int i = 0; i < keys; i++) {
                sum += Math.pow(i + 1, -s);
                cdf[i] = sum;
            }
            for (int i = 0; i < keys; i++) {
                cdf[i] /= sum;
            }
        }

        int draw(SplittableRandom random) {
            int i = Arrays.binarySearch(cdf, random.nextDouble());
            return i >= 0 ? i : Math.min(cdf.length - 1, -i - 1);
        }
    }

    @Test
    void coldHitRatio_uniform_isTheClosedForm() {
        ZipfPopularity uniform = ZipfPopularity.of(1000, 0);

        for (double n : new double[] {0, 1, 500, 5000}) {
            assertThat(uniform.coldHitRatio(n))
                    .isCloseTo(1 - Math.pow(1 - 1.0 / 1000, n), within(1e-12));
        }
    }

    @Test
    void coldHitRatio_agreesWithAMonteCarloColdCache() {
        ZipfPopularity zipf = ZipfPopularity.of(2000, 0.9);
        ZipfSampler sampler = new ZipfSampler(2000, 0.9);
        SplittableRandom random = new SplittableRandom(7);
        int runs = 200;
        int[] checkpoints = {100, 1000, 5000};
        double[] hits = new double[checkpoints.length];
        int window = 200;
        for (int run = 0; run < runs; run++) {
            Set<Integer> cached = new HashSet<>();
            int c = 0;
            for (int n = 0; n < checkpoints[checkpoints.length - 1] + window; n++) {
                int key = sampler.draw(random);
                boolean hit = !cached.add(key);
                if (c < checkpoints.length && n >= checkpoints[c] + window) {
                    c++;
                }
                if (c < checkpoints.length && n >= checkpoints[c] && hit) {
                    hits[c]++;
                }
            }
        }
        for (int c = 0; c < checkpoints.length; c++) {
            double expected = 0;
            for (int n = checkpoints[c]; n < checkpoints[c] + window; n++) {
                expected += zipf.coldHitRatio(n) / window;
            }
            assertThat(hits[c] / runs / window).isCloseTo(expected, within(0.01));
        }
    }

    @Test
    void warmHitRatio_agreesWithAMonteCarloLruCache() {
        int keys = 5000;
        int capacity = 500;
        ZipfPopularity zipf = ZipfPopularity.of(keys, 0.8);
        ZipfSampler sampler = new ZipfSampler(keys, 0.8);
        SplittableRandom random = new SplittableRandom(3);
        Map<Integer, Boolean> lru =
                new LinkedHashMap<>(capacity * 2, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                        return size() > capacity;
                    }
                };
        int hits = 0;
        int measured = 400_000;
        for (int n = 0; n < 50_000 + measured; n++) {
            boolean hit = lru.put(sampler.draw(random), Boolean.TRUE) != null;
            if (n >= 50_000 && hit) {
                hits++;
            }
        }

        assertThat((double) hits / measured)
                .isCloseTo(zipf.warmup(capacity).warmHitRatio(), within(0.01));
        assertThat(zipf.distinctKeys(zipf.fillRequests(capacity)))
                .isCloseTo(capacity, within(1e-3));
    }

    @Test
    void groupedTail_matchesTheExactSum() {
        int keys = 1_000_000;
        double s = 1.0;
        double norm = 0;
        for (int i = 1; i <= keys; i++) {
            norm += 1.0 / i;
        }
        ZipfPopularity zipf = ZipfPopularity.of(keys, s);
        for (double n : new double[] {1e3, 1e5, 1e7}) {
            double exact = 0;
            for (int i = 1; i <= keys; i++) {
                double p = 1.0 / i / norm;
                exact += p * -Math.expm1(n * Math.log1p(-p));
            }
            assertThat(zipf.coldHitRatio(n)).isCloseTo(exact, within(1e-4));
        }
    }

    @Test
    void hitRatio_coldCache_risesMonotonicallyToTheWarmValue() {
        ZipfPopularity zipf = ZipfPopularity.of(10_000_000, 0.99);
        double capacity = 1_000_000;
        CacheWarmup warmup = zipf.warmup(capacity);
        double warm = warmup.warmHitRatio();
        double previous = -1;
        for (double n = 1; n < 1e9; n *= 1.5) {
            double h = warmup.hitRatio(n);
            assertThat(h).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(warm + 1e-12);
            previous = h;
        }
        assertThat(previous).isCloseTo(warm, within(1e-12));
        assertThat(warmup.hitRatio(0)).isZero();
        assertThat(warm).isBetween(0.5, 1.0);
    }

    @Test
    void warmHitRatio_cacheHoldsEveryKey_isOne() {
        assertThat(ZipfPopularity.of(100, 1).warmup(100).warmHitRatio()).isEqualTo(1);
        assertThat(ZipfPopularity.of(100, 1).fillRequests(200)).isInfinite();
    }

    @Test
    void of_badValues_reportsBoth() {
        assertThatThrownBy(() -> ZipfPopularity.of(0, Double.NaN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keys: must be >= 1, was 0")
                .hasMessageContaining("exponent: must be a finite number >= 0, was NaN");
    }
}
