package io.devopssim.core.model;

import java.util.random.RandomGenerator;

/**
 * A distribution of durations in seconds, such as a pod's start-up or readiness time.
 *
 * <p>Draws come from the random stream the caller passes, so a run's seed fixes every draw.
 */
public sealed interface Distribution {

    /**
     * Returns one draw, in seconds, never negative.
     *
     * @param random the stream to draw from
     */
    double sample(RandomGenerator random);

    /** Returns the mean of the distribution, in seconds. */
    double mean();

    /**
     * Always the same value.
     *
     * @param seconds the value, at least 0
     */
    record Fixed(double seconds) implements Distribution {
        @Override
        public double sample(RandomGenerator random) {
            return seconds;
        }

        @Override
        public double mean() {
            return seconds;
        }
    }

    /**
     * Uniform between two bounds.
     *
     * @param min lower bound in seconds, at least 0
     * @param max upper bound in seconds, at least {@code min}
     */
    record Uniform(double min, double max) implements Distribution {
        @Override
        public double sample(RandomGenerator random) {
            return min + (max - min) * random.nextDouble();
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    /**
     * Log-normal, parameterised by its median and its 90th percentile, the figures people measure.
     *
     * @param median the median in seconds, more than 0
     * @param p90 the 90th percentile in seconds, at least {@code median}
     */
    record LogNormal(double median, double p90) implements Distribution {
        private static final double Z90 = 1.2815515655446004;

        @Override
        public double sample(RandomGenerator random) {
            return median * Math.exp(sigma() * random.nextGaussian());
        }

        @Override
        public double mean() {
            double sigma = sigma();
            return median * Math.exp(sigma * sigma / 2);
        }

        private double sigma() {
            return Math.log(p90 / median) / Z90;
        }
    }

    /**
     * The boot time of the service's instance type in its cloud, plus a fixed time after boot.
     *
     * <p>A reference, not a distribution one can draw from: the simulation replaces it with the
     * cloud catalogue's boot time (a log-normal of its median and 90th percentile, both shifted by
     * {@code extraSeconds}) before the run.
     *
     * @param extraSeconds time from instance boot until the containers start (image pull,
     *     application start), at least 0
     */
    record CloudBoot(double extraSeconds) implements Distribution {
        @Override
        public double sample(RandomGenerator random) {
            throw unresolved();
        }

        @Override
        public double mean() {
            throw unresolved();
        }

        private static IllegalStateException unresolved() {
            return new IllegalStateException(
                    "a cloud boot time is resolved from the cloud catalogue by the simulation");
        }
    }
}
