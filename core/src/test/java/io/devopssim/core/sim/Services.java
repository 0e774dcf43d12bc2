package io.devopssim.core.sim;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Small models for simulation tests: one service with stated capacity, price and load. */
final class Services {

    private Services() {}

    /** One replica serves 10 rps with one request at a time (0.1 s each) on 1 core. */
    static ServiceModel web(int replicas, LoadSpec load, Optional<HpaSpec> hpa) {
        return new ServiceModel(
                "web",
                "m5.large",
                OptionalDouble.of(0.1),
                1.0,
                0.0,
                1.0,
                10.0,
                1,
                30.0,
                hpa.map(HpaSpec::minReplicas).orElse(replicas),
                hpa.map(HpaSpec::maxReplicas).orElse(replicas),
                replicas,
                new Distribution.Fixed(30),
                new Distribution.Fixed(10),
                load,
                hpa,
                RollingUpdate.kubernetesDefault());
    }

    /** An HPA on CPU utilisation without {@code behavior}, under upstream controller settings. */
    static HpaSpec cpuHpa(int min, int max, double percent) {
        return new HpaSpec(
                min,
                max,
                List.of(MetricSpec.cpuUtilization(percent)),
                Optional.empty(),
                HpaSpec.ControllerSettings.upstreamDefaults());
    }

    static ClusterModel model(ServiceModel service, double durationSeconds, long seed) {
        return new ClusterModel(
                "test",
                "aws",
                "us-east-1",
                List.of(service),
                Slo.defaults(),
                new RunSettings(seed, OptionalDouble.of(durationSeconds), 15.0));
    }
}
