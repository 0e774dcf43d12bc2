package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Holds the pool's virtual-clock finish times against a direct simulation of every job. */
class ProcessorSharingReferenceTest {

    @Test
    void finishTimes_randomArrivalsOnOneVm_matchADirectSimulation() {
        SplittableRandom random = new SplittableRandom(20_240_601L);
        for (int round = 0; round < 20; round++) {
            int cores = 1 + random.nextInt(4);
            int jobs = 1 + random.nextInt(40);
            double[] arrival = new double[jobs];
            double[] work = new double[jobs];
            double t = 0;
            for (int i = 0; i < jobs; i++) {
                t += random.nextDouble() * 3;
                arrival[i] = t;
                work[i] = 0.5 + random.nextDouble() * 10;
            }

            double[] expected = direct(cores, arrival, work);
            double[] actual = pooled(cores, arrival, work);

            for (int i = 0; i < jobs; i++) {
                assertThat(actual[i])
                        .as("round %d job %d", round, i)
                        .isCloseTo(expected[i], within(1e-6));
            }
        }
    }

    /** Pool run: one VM, each job submitted at its arrival. */
    private static double[] pooled(int cores, double[] arrival, double[] work) {
        SimulationKernel kernel = SimulationKernel.create(3L);
        Map<Long, Integer> index = new HashMap<>();
        double[] finish = new double[arrival.length];
        ProcessorSharingPool pool =
                ProcessorSharingPool.create(
                        kernel, 0.5, (vm, job, time) -> finish[index.get(job)] = time);
        int vm = pool.addVm(cores);
        for (int i = 0; i < arrival.length; i++) {
            int job = i;
            kernel.scheduleAt(arrival[i], k -> index.put(pool.submit(vm, work[job]), job));
        }
        kernel.run();
        return finish;
    }

    /** Direct run: between events every present job's remaining work falls at min(1, c/n). */
    private static double[] direct(int cores, double[] arrival, double[] work) {
        int n = arrival.length;
        double[] remaining = Arrays.copyOf(work, n);
        double[] finish = new double[n];
        boolean[] done = new boolean[n];
        double now = 0;
        int next = 0;
        int left = n;
        while (left > 0) {
            int present = 0;
            for (int i = 0; i < next; i++) {
                present += done[i] ? 0 : 1;
            }
            double rate = present == 0 ? 0 : Math.min(1.0, cores / (double) present);
            double toFinish = Double.POSITIVE_INFINITY;
            for (int i = 0; i < next; i++) {
                if (!done[i]) {
                    toFinish = Math.min(toFinish, remaining[i] / rate);
                }
            }
            double toArrival = next < n ? arrival[next] - now : Double.POSITIVE_INFINITY;
            double step = Math.min(toFinish, toArrival);
            for (int i = 0; i < next; i++) {
                if (!done[i]) {
                    remaining[i] -= step * rate;
                }
            }
            now += step;
            for (int i = 0; i < next; i++) {
                if (!done[i] && remaining[i] <= 1e-9) {
                    done[i] = true;
                    finish[i] = now;
                    left--;
                }
            }
            if (step == toArrival) {
                next++;
            }
        }
        return finish;
    }
}
