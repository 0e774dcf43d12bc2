package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.fluid.FluidQueue;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Holds the discrete data plane against the fluid one where both apply (DESIGN.md, "The kernel").
 *
 * <p>With Poisson arrivals and exponential work, a VM of {@code c} cores shared fairly completes
 * jobs at rate {@code min(n, c) μ} with {@code n} jobs present: the same birth-death process as the
 * M/M/c queue the fluid model solves. The number in the system has the same distribution, so by
 * Little's law the mean response time and the utilisation agree, although the order of service
 * differs (processor sharing against first come, first served). The fluid queue gets a timeout far
 * beyond any wait, so that nobody is dropped.
 */
class DiscreteAgainstFluidTest {

    private static final double NO_TIMEOUT = 1e9;

    /** Mean response time and utilisation of one seeded discrete run. */
    private record Measured(double meanResponse, double utilisation, long jobs) {}

    private static Measured discrete(long seed, int cores, double lambda, double mu, double end) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        RandomGenerator arrivals = kernel.random("arrivals");
        RandomGenerator work = kernel.random("work");
        double[] submitted = new double[(int) (lambda * end * 1.2) + 1000];
        double[] sums = new double[3]; // response time, work done, jobs completed
        double warmUp = end * 0.05;
        ProcessorSharingPool[] pool = new ProcessorSharingPool[1];
        double[] jobWork = new double[submitted.length];
        pool[0] =
                ProcessorSharingPool.create(
                        kernel,
                        0.8,
                        (vm, job, time) -> {
                            if (submitted[(int) job] >= warmUp) {
                                sums[0] += time - submitted[(int) job];
                                sums[2]++;
                            }
                            sums[1] += jobWork[(int) job];
                        });
        int vm = pool[0].addVm(cores);
        scheduleArrival(kernel, pool[0], vm, arrivals, work, lambda, mu, submitted, jobWork, end);
        kernel.runUntil(end);
        return new Measured(sums[0] / sums[2], sums[1] / (cores * end), (long) sums[2]);
    }

    private static void scheduleArrival(
            SimulationKernel kernel,
            ProcessorSharingPool pool,
            int vm,
            RandomGenerator arrivals,
            RandomGenerator work,
            double lambda,
            double mu,
            double[] submitted,
            double[] jobWork,
            double end) {
        double at = kernel.now() + exponential(arrivals, lambda);
        if (at >= end) {
            return;
        }
        kernel.scheduleAt(
                at,
                k -> {
                    double w = exponential(work, mu);
                    long id = pool.submit(vm, w);
                    submitted[(int) id] = k.now();
                    jobWork[(int) id] = w;
                    scheduleArrival(
                            k, pool, vm, arrivals, work, lambda, mu, submitted, jobWork, end);
                });
    }

    private static double exponential(RandomGenerator random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    private static FluidQueue fluid(int cores, double lambda, double mu) {
        FluidQueue q = new FluidQueue();
        q.evaluate(lambda, cores, mu, NO_TIMEOUT);
        return q;
    }

    @Test
    void oneCore_atSeventyPercent_meanResponseAndUtilisationMatchTheFluidMm1() {
        Measured d = discrete(11, 1, 0.7, 1.0, 300_000);
        FluidQueue f = fluid(1, 0.7, 1.0);

        // M/M/1: 1 / (mu - lambda) = 3.333 s; the run holds ~200,000 jobs, whose correlated
        // response times leave a statistical error of about 2 % (relaxation time ~ 1/(1-rho)^2)
        assertThat(f.meanResponseTime()).isCloseTo(1 / (1.0 - 0.7), within(1e-9));
        assertThat(d.jobs()).isGreaterThan(190_000);
        assertThat(d.meanResponse()).isCloseTo(f.meanResponseTime(), within(0.05 * 3.333));
        assertThat(d.utilisation()).isCloseTo(f.utilisation(), within(0.01));
    }

    @Test
    void fourCores_atEightyPercent_meanResponseAndUtilisationMatchTheFluidMm4() {
        Measured d = discrete(12, 4, 3.2, 1.0, 100_000);
        FluidQueue f = fluid(4, 3.2, 1.0);

        // M/M/4 at rho 0.8: P(wait) = 0.5964 (Erlang C), mean response 1 + 0.5964 / (4 - 3.2)
        assertThat(f.meanResponseTime()).isCloseTo(1 + 0.5964 / 0.8, within(1e-3));
        assertThat(d.meanResponse()).isCloseTo(f.meanResponseTime(), within(0.05 * 1.75));
        assertThat(d.utilisation()).isCloseTo(f.utilisation(), within(0.01));
    }

    @Test
    void sameSeed_sameRun() {
        assertThat(discrete(5, 2, 1.5, 1.0, 20_000)).isEqualTo(discrete(5, 2, 1.5, 1.0, 20_000));
    }
}
