package io.devopssim.core.fluid;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A request-by-request simulation of the M/M/c queue whose requests leave when they would wait
 * longer than a timeout, to check {@link FluidQueue} against something that does not share its
 * formulas.
 *
 * <p>First come first served with c servers means each arrival takes the server that frees up
 * first; its wait is known on arrival, so a request that would wait past the timeout is counted as
 * dropped and never occupies a server.
 */
final class TimeoutQueueSimulation {

    final double dropShare;
    final double utilisation;
    final double waitingShare;
    private final double[] responses;

    private TimeoutQueueSimulation(
            double dropShare, double utilisation, double waitingShare, double[] responses) {
        this.dropShare = dropShare;
        this.utilisation = utilisation;
        this.waitingShare = waitingShare;
        this.responses = responses;
    }

    static TimeoutQueueSimulation run(
            int servers, double lambda, double mu, double timeout, int arrivals, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] freeAt = new double[servers];
        double[] responses = new double[arrivals];
        int served = 0;
        int waited = 0;
        double busy = 0;
        double now = 0;
        for (int i = 0; i < arrivals; i++) {
            now += exponential(random, lambda);
            int first = firstFree(freeAt);
            double wait = Math.max(0, freeAt[first] - now);
            if (wait > 0) {
                waited++;
            }
            if (wait <= timeout) {
                double service = exponential(random, mu);
                freeAt[first] = now + wait + service;
                busy += service;
                responses[served++] = wait + service;
            }
        }
        double[] kept = Arrays.copyOf(responses, served);
        Arrays.sort(kept);
        double dropShare = 1 - (double) served / arrivals;
        return new TimeoutQueueSimulation(
                dropShare, busy / (servers * now), (double) waited / arrivals, kept);
    }

    double meanResponse() {
        return Arrays.stream(responses).average().orElse(Double.NaN);
    }

    double quantile(double q) {
        return responses[(int) (q * responses.length)];
    }

    double fractionSlowerThan(double seconds) {
        int index = Arrays.binarySearch(responses, seconds);
        int atOrBelow = index >= 0 ? index + 1 : -index - 1;
        return 1 - (double) atOrBelow / responses.length;
    }

    private static int firstFree(double[] freeAt) {
        int first = 0;
        for (int i = 1; i < freeAt.length; i++) {
            if (freeAt[i] < freeAt[first]) {
                first = i;
            }
        }
        return first;
    }

    private static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }
}
