package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds replicas to a service in one region when routing first marks another region unhealthy.
 *
 * <p>The replicas are added to the region's desired count at the detection and start through the
 * normal start-up path, as a failover runbook's scale-up would. The raised count is a floor for the
 * region's autoscaler for {@code holdSeconds}, as if it were a recommendation in the HPA's
 * scale-down stabilisation window; the autoscaler keeps running and may scale down after that.
 *
 * @param service the name of a service placed in several regions
 * @param failedRegion the id of the region whose detection triggers the action
 * @param region the id of the region that gets the replicas
 * @param replicas how many replicas to add, at least 1
 * @param holdSeconds how long the raised count holds against scale-downs, at least 0
 */
public record FailoverAction(
        String service, String failedRegion, String region, int replicas, double holdSeconds) {

    /** Checks for nulls. */
    public FailoverAction {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(failedRegion, "failedRegion");
        Objects.requireNonNull(region, "region");
    }

    /** Adds a problem under {@code path} if the action does not fit {@code model}. */
    void check(ClusterModel model, String path, List<Problem> problems) {
        Optional<ServiceModel> placed =
                model.services().stream()
                        .filter(s -> s.name().equals(service) && s.isPlaced())
                        .findFirst();
        if (placed.isEmpty()) {
            problems.add(
                    new Problem(
                            path + ".service",
                            "expected a service placed in regions, was \"" + service + "\""));
            return;
        }
        List<String> ids = placed.get().placements().stream().map(Placement::region).toList();
        if (!ids.contains(failedRegion)) {
            problems.add(
                    new Problem(
                            path + ".failedRegion",
                            "expected one of " + ids + ", was \"" + failedRegion + "\""));
        }
        if (region.equals(failedRegion)) {
            problems.add(
                    new Problem(
                            path + ".region",
                            "expected a region other than the failed one, was \"" + region + "\""));
        } else if (!ids.contains(region)) {
            problems.add(
                    new Problem(
                            path + ".region",
                            "expected one of " + ids + ", was \"" + region + "\""));
        }
        if (!(holdSeconds >= 0) || Double.isInfinite(holdSeconds)) {
            problems.add(
                    new Problem(
                            path + ".holdSeconds",
                            "expected a finite number of seconds >= 0, was " + holdSeconds));
        }
        if (replicas < 1) {
            problems.add(new Problem(path + ".replicas", "expected at least 1, was " + replicas));
        }
    }
}
