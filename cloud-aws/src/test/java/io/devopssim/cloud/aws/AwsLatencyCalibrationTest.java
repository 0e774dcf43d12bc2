package io.devopssim.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.CloudProvider;
import io.devopssim.cloud.LatencyEstimate;
import io.devopssim.cloud.NetworkLatency;
import io.devopssim.cloud.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds NetworkLatency's distance model to the measured AWS round trips it was calibrated on. */
class AwsLatencyCalibrationTest {

    private final CloudProvider aws = new AwsProviderFactory().create();
    private final NetworkLatency latency = NetworkLatency.standard();

    @Test
    void estimate_usEast1ToEuWest1_isTheMeasurement() {
        LatencyEstimate estimate = latency.estimate(region("us-east-1"), region("eu-west-1"));

        assertThat(estimate.measured()).isTrue();
        assertThat(estimate.millis()).isEqualTo(80.54);
    }

    @Test
    void estimate_usEast2HasNoMeasurement_isModelled() {
        LatencyEstimate estimate = latency.estimate(region("us-east-2"), region("eu-west-1"));

        assertThat(estimate.measured()).isFalse();
        assertThat(estimate.millis()).isBetween(60.0, 110.0);
    }

    @Test
    void modelledMillis_measuredPairs_meanRelativeErrorBelowQuarter() {
        List<Double> errors = new ArrayList<>();
        List<Region> regions = aws.regions();
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                LatencyEstimate measured = latency.estimate(regions.get(i), regions.get(j));
                if (measured.measured()) {
                    double km = NetworkLatency.distanceKm(regions.get(i), regions.get(j));
                    double modelled = NetworkLatency.modelledMillis(km);
                    errors.add(Math.abs(modelled - measured.millis()) / measured.millis());
                }
            }
        }

        assertThat(errors).hasSize(15);
        assertThat(errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isLessThan(0.25);
    }

    private Region region(String id) {
        return aws.region(id).orElseThrow();
    }
}
