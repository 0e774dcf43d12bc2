package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.SimulationException;
import io.devopssim.core.model.ServiceModel;
import java.util.List;

/** Finds what a service's replica costs where it runs, reporting a failed lookup as a problem. */
final class PriceLookup {

    private PriceLookup() {}

    /**
     * Returns the price of one replica of {@code service} in a region: the scenario's own price, or
     * the catalogue's for its instance type.
     *
     * @param path where the service is in the model, for problems
     * @return the price, or null after adding a problem
     */
    static ReplicaPrice price(
            Pricing pricing,
            String path,
            ServiceModel service,
            String provider,
            String region,
            List<Problem> problems) {
        if (service.pricePerHour().isPresent()) {
            return ReplicaPrice.perSecond(service.pricePerHour().getAsDouble(), "scenario");
        }
        try {
            return pricing.price(provider, region, service.instanceType());
        } catch (CatalogLookupException e) {
            String field = lookupField(path, e.field());
            if (problems.stream().noneMatch(p -> p.path().equals(field))) {
                problems.add(new Problem(field, e.getMessage()));
            }
            return null;
        } catch (SimulationException e) {
            problems.add(new Problem(path + ".instanceType", e.getMessage()));
            return null;
        }
    }

    /** Returns where a failed catalogue lookup is reported: a placement's own field if placed. */
    private static String lookupField(String path, String field) {
        if (field.equals("instanceType") || path.contains(".placements[")) {
            return path + "." + field;
        }
        return field;
    }
}
