package io.devopssim.core.model;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.ServingRegion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks traffic and failures against the services: what the model alone can tell.
 *
 * <p>Region, zone and failure-target names are checked when a simulation is built, against the
 * cloud catalogue.
 */
final class RegionalChecks {

    private RegionalChecks() {}

    static void check(List<ServiceModel> services, Traffic traffic, Check c) {
        boolean placed = services.stream().anyMatch(ServiceModel::isPlaced);
        if (traffic != null) {
            traffic(traffic, c);
            if (!placed) {
                c.fail("traffic", "needs a service with placements to route to, none has any");
            }
        }
        Set<String> first = null;
        for (int i = 0; i < services.size(); i++) {
            ServiceModel s = services.get(i);
            if (s.placements().size() < 2) {
                continue;
            }
            Set<String> regions = regions(s);
            if (traffic == null) {
                c.index("services", i)
                        .fail(
                                "placements",
                                "run in "
                                        + regions.size()
                                        + " regions, so the model needs traffic (client sources"
                                        + " and a routing policy); none was set");
            }
            if (first == null) {
                first = regions;
            } else if (!first.equals(regions)) {
                c.index("services", i)
                        .fail(
                                "placements",
                                "must name the same regions as every other multi-region service"
                                        + " (routing is model-wide): expected "
                                        + first
                                        + ", was "
                                        + regions);
            }
        }
    }

    private static Set<String> regions(ServiceModel s) {
        Set<String> names = new LinkedHashSet<>();
        s.placements().forEach(p -> names.add(p.region()));
        return names;
    }

    /** Checks sources and settings with routing's own rules; the regions come later. */
    private static void traffic(Traffic t, Check c) {
        RoutingConfig.Builder b = RoutingConfig.builder().policy(t.policy()).dns(t.dns());
        b.anycast(t.anycast());
        t.healthCheck().ifPresent(b::healthCheck);
        t.sources().forEach(b::source);
        b.region(ServingRegion.of(new Region("check", "check", 0, 0, List.of("check"))));
        try {
            b.build();
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                c.at("traffic").fail(p.path(), p.message());
            }
        }
    }
}
