package io.devopssim.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The data-tier parts of a run and which services use each: every step it hands each part the
 * arrival rate of its services and works out the share of each service's requests that fail.
 *
 * <p>With shares {@code s_i} from the parts a service uses, it loses {@code 1 - Π(1 - s_i)} of the
 * requests it would have served. Without parts every share is 0 and nothing else is done.
 */
final class DataTier {

    private final List<ServicePlan> plans;
    private final List<DataTierPart> parts = new ArrayList<>();
    private final List<boolean[]> users = new ArrayList<>();
    private final double[] rates;
    private final double[] shares;
    private double[] partShares = new double[0];
    private double[] failedByPart = new double[0];

    DataTier(List<ServicePlan> plans) {
        this.plans = List.copyOf(plans);
        this.rates = new double[plans.size()];
        this.shares = new double[plans.size()];
    }

    /**
     * Adds a part used by the services {@code uses} accepts.
     *
     * @param uses tells, by service name, whether a service uses the part
     */
    void add(DataTierPart part, Predicate<String> uses) {
        boolean[] used = new boolean[plans.size()];
        for (int i = 0; i < used.length; i++) {
            used[i] = uses.test(plans.get(i).model().name());
        }
        parts.add(part);
        users.add(used);
        partShares = new double[parts.size()];
        failedByPart = new double[parts.size()];
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Returns the names of the services that use part {@code index}, in model order. */
    List<String> users(int index) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (users.get(index)[i]) {
                names.add(plans.get(i).model().name());
            }
        }
        return names;
    }

    /**
     * Advances every part to {@code time} with the rate of its services' requests, then the shares.
     *
     * @param time the start of the step
     * @param arrivals per service in model order, the requests per second reaching its capacity
     *     that is up (not those sent to a dead region or to zones all down); NaN counts as 0
     */
    void step(double time, double[] arrivals) {
        if (parts.isEmpty()) {
            return;
        }
        for (int i = 0; i < plans.size(); i++) {
            double r = arrivals[i];
            rates[i] = Double.isFinite(r) && r > 0 ? r : 0;
            shares[i] = 1;
        }
        for (int p = 0; p < parts.size(); p++) {
            boolean[] used = users.get(p);
            double rate = 0;
            for (int i = 0; i < used.length; i++) {
                rate += used[i] ? rates[i] : 0;
            }
            DataTierPart part = parts.get(p);
            part.step(time, rate);
            double failed = part.failedShare();
            partShares[p] = failed;
            for (int i = 0; i < used.length; i++) {
                shares[i] *= used[i] ? 1 - failed : 1;
            }
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] = 1 - shares[i];
        }
    }

    /**
     * Attributes the requests service {@code index} lost to the data tier this step to the parts it
     * uses, in proportion to their failed shares, so that the parts' counts add up to the
     * services'.
     */
    void lost(int index, double requests) {
        if (requests <= 0) {
            return;
        }
        double sum = 0;
        for (int p = 0; p < parts.size(); p++) {
            sum += users.get(p)[index] ? partShares[p] : 0;
        }
        for (int p = 0; p < parts.size() && sum > 0; p++) {
            if (users.get(p)[index]) {
                failedByPart[p] += requests * partShares[p] / sum;
            }
        }
    }

    /** Returns the requests attributed to part {@code index} so far. */
    double failedBy(int index) {
        return failedByPart[index];
    }

    /** Returns the share of service {@code index}'s requests the data tier fails this step. */
    double failedShare(int index) {
        return shares[index];
    }
}
