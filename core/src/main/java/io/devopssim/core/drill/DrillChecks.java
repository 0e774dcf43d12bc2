package io.devopssim.core.drill;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a scenario's drill and database against its placements, before any trace is read. */
final class DrillChecks {

    private DrillChecks() {}

    /** See {@link Drill#placementProblems}. */
    static List<Problem> placementProblems(Scenario scenario) {
        ClusterModel model = scenario.model();
        ServiceModel placed;
        try {
            placed = DrillWorld.placedService(model);
        } catch (InvalidInputException e) {
            // Without a drill, a database is only checked where a service is in two regions.
            return scenario.drill().isPresent() ? e.problems() : List.of();
        }
        List<Problem> problems = new ArrayList<>();
        scenario.drill().flatMap(spec -> regionProblem(placed, spec)).ifPresent(problems::add);
        scenario.drill().flatMap(spec -> serviceProblem(model, spec)).ifPresent(problems::add);
        try {
            DrillWorld.checkDatabase(model, scenario.database());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    private static Optional<Problem> regionProblem(ServiceModel placed, DrillSpec spec) {
        List<String> where =
                placed.placements().stream().map(p -> p.provider() + "/" + p.region()).toList();
        if (where.contains(spec.location())) {
            return Optional.empty();
        }
        return Optional.of(
                new Problem(
                        "drill.region",
                        "expected one of the placements "
                                + where
                                + ", was \""
                                + spec.location()
                                + "\""));
    }

    private static Optional<Problem> serviceProblem(ClusterModel model, DrillSpec spec) {
        if (spec.service().isEmpty()) {
            return Optional.empty();
        }
        List<String> placed = placedServices(model).stream().map(ServiceModel::name).toList();
        if (placed.contains(spec.service().get())) {
            return Optional.empty();
        }
        return Optional.of(
                new Problem(
                        "drill.service",
                        "expected a service placed in two regions or more "
                                + placed
                                + ", was \""
                                + spec.service().get()
                                + "\""));
    }

    /** Returns the services placed in two regions or more; refuses a model without one. */
    static List<ServiceModel> placedServices(ClusterModel model) {
        DrillWorld.placedService(model); // refuses a model without a service in two regions
        return model.services().stream().filter(DrillChecks::placedInTwo).toList();
    }

    private static boolean placedInTwo(ServiceModel s) {
        return s.placements().stream().map(p -> p.region()).distinct().count() >= 2;
    }
}
