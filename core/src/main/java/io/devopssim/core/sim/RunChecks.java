package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a run as a whole before it starts: its size, and targets it can never reach. */
final class RunChecks {

    /** Steps of one run at most: a year at 1 s, or two centuries at 15 s steps. */
    static final long MAX_STEPS = 400_000_000L;

    /** Service-steps whose series are kept at most: about 750 MiB of series. */
    static final long MAX_SERIES_STEPS = 10_000_000L;

    private RunChecks() {}

    /** Refuses runs whose step count would overflow or whose series would not fit in memory. */
    static void size(
            ClusterModel model, boolean recordSeries, double duration, List<Problem> problems) {
        double steps = Math.ceil(duration / model.run().stepSeconds());
        if (steps > MAX_STEPS) {
            problems.add(
                    new Problem(
                            "run",
                            String.format(
                                    Locale.ROOT,
                                    "%s steps of %s s is too many; expected at most %,d: use a"
                                            + " longer step or a shorter duration",
                                    Values.number(steps),
                                    Values.number(model.run().stepSeconds()),
                                    MAX_STEPS)));
            return;
        }
        double cells = steps * model.services().size();
        if (recordSeries && cells > MAX_SERIES_STEPS) {
            problems.add(
                    new Problem(
                            "run",
                            String.format(
                                    Locale.ROOT,
                                    "keeping time series for %.0f steps of %d services needs"
                                            + " about %.0f MiB; expected at most %,d"
                                            + " service-steps: use a longer step, a shorter"
                                            + " duration, or turn time series off",
                                    steps,
                                    model.services().size(),
                                    cells * TimeSeries.Column.values().length * 8 / (1 << 20),
                                    MAX_SERIES_STEPS)));
        }
    }

    /** Returns a warning for every CPU target a service's replicas can never reach. */
    static List<String> unreachableTargets(List<ServicePlan> plans) {
        List<String> warnings = new ArrayList<>();
        for (ServicePlan plan : plans) {
            ServiceModel s = plan.model();
            double highest = 100 * s.cpuAtCapacity() / s.cpuRequest();
            for (MetricSpec metric : s.autoscaler().map(HpaSpec::metrics).orElse(List.of())) {
                boolean cpu = metric.source() == MetricSpec.MetricSource.RESOURCE;
                if (cpu
                        && metric.targetType() == MetricSpec.TargetType.UTILIZATION
                        && highest <= metric.target() * (1 + tolerance(s))) {
                    warnings.add(
                            String.format(
                                    Locale.ROOT,
                                    "service '%s' can never scale up on CPU: at full load a"
                                            + " replica uses %.0f%% of its request, not above"
                                            + " the target %.0f%% plus tolerance",
                                    s.name(),
                                    highest,
                                    metric.target()));
                }
            }
        }
        return warnings;
    }

    private static double tolerance(ServiceModel s) {
        return s.autoscaler().orElseThrow().controller().scaleUpTolerance();
    }
}
