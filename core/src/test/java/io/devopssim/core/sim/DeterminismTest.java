package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.TraceOptions;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final Path TRACES = Path.of("src/test/resources/traces");

    /** Two days of the NASA trace, scaled up, against an HPA with random start-up times. */
    private static ClusterModel nasa(long seed) {
        HpaSpec hpa =
                new HpaSpec(
                        2,
                        20,
                        List.of(MetricSpec.cpuUtilization(60)),
                        Optional.empty(),
                        HpaSpec.ControllerSettings.upstreamDefaults());
        TraceOptions options =
                TraceOptions.perMinuteCounts().withZone(ZoneOffset.ofHours(-4)).withScale(20);
        ServiceModel web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .pricePerHour(0.096)
                        .cpuRequest(0.5)
                        .capacityRps(25)
                        .concurrency(2)
                        .startup(new Distribution.LogNormal(45, 90))
                        .readiness(new Distribution.Uniform(5, 15))
                        .load(new LoadSpec.Trace("nasa_http_1995_requests_per_minute.csv", options))
                        .autoscaler(hpa)
                        .build();
        return new ClusterModel(
                "nasa",
                "aws",
                "us-east-1",
                List.of(web),
                Slo.defaults(),
                new RunSettings(seed, OptionalDouble.of(2 * 86_400), 15));
    }

    private static byte[] json(ClusterModel model) throws IOException {
        SimulationResult result = Simulation.builder(model).baseDirectory(TRACES).build().run();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, true);
        return out.toByteArray();
    }

    @Test
    void sameSeedAndInputs_giveByteIdenticalJson() throws IOException {
        byte[] first = json(nasa(7));
        byte[] second = json(nasa(7));

        assertThat(first.length).isGreaterThan(100_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeed_drawsOtherStartupTimes() throws IOException {
        assertThat(json(nasa(8))).isNotEqualTo(json(nasa(7)));
    }
}
