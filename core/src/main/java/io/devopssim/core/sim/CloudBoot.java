package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.SimulationException;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Optional;

/** Turns a {@code startup: {cloudBoot: extra}} into the cloud catalogue's boot time plus extra. */
final class CloudBoot {

    private CloudBoot() {}

    /** Returns the service with a {@link Distribution.CloudBoot} start-up resolved. */
    static ServiceModel resolve(
            Pricing pricing,
            String path,
            ServiceModel service,
            String provider,
            String region,
            List<Problem> problems) {
        if (!(service.startup() instanceof Distribution.CloudBoot boot)) {
            return service;
        }
        Optional<Distribution> known;
        try {
            known = pricing.bootTime(provider, region, service.instanceType());
        } catch (SimulationException e) {
            return service; // the price lookup reports the unknown instance
        }
        if (known.isEmpty()) {
            problems.add(
                    new Problem(
                            path + ".startup",
                            "the boot time of "
                                    + provider
                                    + "/"
                                    + region
                                    + "/"
                                    + service.instanceType()
                                    + " is not in any cloud catalogue; expected a fixed, uniform"
                                    + " or lognormal start-up"));
            return service;
        }
        return service.toBuilder().startup(shifted(known.get(), boot.extraSeconds())).build();
    }

    private static Distribution shifted(Distribution d, double seconds) {
        if (d instanceof Distribution.LogNormal l) {
            return new Distribution.LogNormal(l.median() + seconds, l.p90() + seconds);
        }
        if (d instanceof Distribution.Uniform u) {
            return new Distribution.Uniform(u.min() + seconds, u.max() + seconds);
        }
        return new Distribution.Fixed(d.mean() + seconds);
    }
}
