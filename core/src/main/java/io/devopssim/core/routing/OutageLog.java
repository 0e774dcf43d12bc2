package io.devopssim.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** When each region was down and when its checks noticed, for reports after the fact. */
final class OutageLog {

    private final List<List<double[]>> outages = new ArrayList<>();
    private final List<List<Double>> detections = new ArrayList<>();

    OutageLog(int regions) {
        for (int r = 0; r < regions; r++) {
            outages.add(new ArrayList<>());
            detections.add(new ArrayList<>());
        }
    }

    void started(int region, double time) {
        outages.get(region).add(new double[] {time, Double.POSITIVE_INFINITY});
    }

    void ended(int region, double time) {
        List<double[]> list = outages.get(region);
        list.get(list.size() - 1)[1] = time;
    }

    void detected(int region, double time) {
        detections.get(region).add(time);
    }

    /** Returns {start, end} of the outage starting at {@code time}, end infinite while open. */
    double[] outageStartingAt(int region, double time, String name) {
        for (double[] outage : outages.get(region)) {
            if (outage[0] == time) {
                return outage.clone();
            }
        }
        throw new IllegalArgumentException("region " + name + " has no outage starting at " + time);
    }

    OptionalDouble firstDetection(int region, double after) {
        for (double time : detections.get(region)) {
            if (time >= after) {
                return OptionalDouble.of(time);
            }
        }
        return OptionalDouble.empty();
    }
}
