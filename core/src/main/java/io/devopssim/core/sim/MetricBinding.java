package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says which simulated quantity feeds each metric of an autoscaler.
 *
 * <p>The simulation produces CPU usage per pod, requests served per pod and the arrival rate of the
 * service; metrics that name anything else have no source and are refused when the simulation is
 * built, rather than silently read as missing.
 */
enum MetricBinding {
    /** A Resource metric on {@code cpu}: cores used by each pod. */
    CPU,
    /** A Pods metric on requests per second: requests each ready pod served. */
    POD_REQUESTS_PER_SECOND,
    /** An External metric on requests per second: the service's arrival rate. */
    ARRIVAL_RATE;

    static final Set<String> RATE_NAMES =
            Set.of("requests_per_second", "http_requests_per_second", "rps");

    static MetricBinding[] bind(
            String path, List<MetricSpec> metrics, List<InvalidInputException.Problem> problems) {
        MetricBinding[] bindings = new MetricBinding[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            bindings[i] = bind(metrics.get(i));
            if (bindings[i] == null) {
                problems.add(
                        new InvalidInputException.Problem(
                                path + ".metrics[" + i + "]", unsupported(metrics.get(i))));
            }
        }
        return bindings;
    }

    private static MetricBinding bind(MetricSpec metric) {
        String name = metric.name().toLowerCase(Locale.ROOT);
        if (metric.source() == MetricSource.RESOURCE) {
            return name.equals("cpu") ? CPU : null;
        }
        if (!RATE_NAMES.contains(name)) {
            return null;
        }
        return metric.source() == MetricSource.PODS ? POD_REQUESTS_PER_SECOND : ARRIVAL_RATE;
    }

    private static String unsupported(MetricSpec metric) {
        return metric.source().name().toLowerCase(Locale.ROOT)
                + " metric '"
                + metric.name()
                + "' has no source in the simulation; expected a Resource metric on cpu, or a"
                + " Pods or External metric named one of "
                + String.join(", ", RATE_NAMES.stream().sorted().toList());
    }
}
