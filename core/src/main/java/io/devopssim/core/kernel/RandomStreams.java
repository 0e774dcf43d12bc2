package io.devopssim.core.kernel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Named random streams of one run, each seeded from the run's seed and its own name only.
 *
 * <p>Because a stream's seed depends on nothing but (run seed, name), adding a component or asking
 * for streams in another order leaves every other stream's draws unchanged. The name enters as its
 * UTF-8 bytes through 64-bit FNV-1a, and the result is mixed with the run seed by a SplitMix64
 * finaliser, so the seeds are the same on every JVM.
 */
final class RandomStreams {

    /** The generator algorithm; part of the reproducibility contract, so never changed silently. */
    static final String ALGORITHM = "L64X128MixRandom";

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of(ALGORITHM);
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long seed;
    private final Map<String, RandomGenerator> streams = new HashMap<>();

    RandomStreams(long seed) {
        this.seed = seed;
    }

    RandomGenerator get(String name) {
        return streams.computeIfAbsent(name, n -> FACTORY.create(streamSeed(seed, n)));
    }

    /** Returns the seed of the stream called {@code name} in a run seeded with {@code runSeed}. */
    static long streamSeed(long runSeed, String name) {
        return mix64(mix64(runSeed + GOLDEN_GAMMA) ^ fnv1a64(name));
    }

    /** Returns the 64-bit FNV-1a hash of the UTF-8 bytes of {@code text}. */
    static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    /** Returns the SplitMix64 finaliser of {@code z}: a bijection that spreads every input bit. */
    static long mix64(long z) {
        long x = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
