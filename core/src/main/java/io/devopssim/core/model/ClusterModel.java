package io.devopssim.core.model;

import java.util.List;

/**
 * An immutable description of the simulated world: where it runs, its services and their load.
 *
 * <p>Runtime state never lives here; a simulation reads the model and keeps its own state.
 *
 * @param name a name for reports
 * @param provider the cloud provider's id ({@code aws}, {@code gcp}, {@code azure}, {@code
 *     digitalocean})
 * @param region the provider's region id ({@code us-east-1})
 * @param services the services, at least one, with unique names
 * @param slo the objective results are judged against
 * @param run how the run is carried out
 */
public record ClusterModel(
        String name,
        String provider,
        String region,
        List<ServiceModel> services,
        Slo slo,
        RunSettings run) {

    /** Creates a model, copying the service list. */
    public ClusterModel {
        services = List.copyOf(services);
    }
}
