package io.devopssim.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkLatencyTest {

    private final NetworkLatency latency = NetworkLatency.standard();

    private static Region region(String id, double latitude, double longitude) {
        return new Region(id, id, latitude, longitude, List.of(id + "-a"));
    }

    @Test
    void estimate_measuredPair_returnsMeasurementInBothDirections() {
        Region virginia = region("us-east-1", 38.13, -78.45);
        Region ireland = region("eu-west-1", 53.35, -6.26);

        LatencyEstimate there = latency.estimate(virginia, ireland);
        LatencyEstimate back = latency.estimate(ireland, virginia);

        assertThat(there).isEqualTo(new LatencyEstimate(80.54, true, "aws-rtt-2017"));
        assertThat(back).isEqualTo(there);
    }

    @Test
    void estimate_unmeasuredPair_usesSymmetricModel() {
        Region iowa = region("us-central1", 41.26, -95.86);
        Region amsterdam = region("westeurope", 52.37, 4.90);

        LatencyEstimate there = latency.estimate(iowa, amsterdam);
        LatencyEstimate back = latency.estimate(amsterdam, iowa);

        double expected = NetworkLatency.modelledMillis(NetworkLatency.distanceKm(iowa, amsterdam));
        assertThat(there).isEqualTo(new LatencyEstimate(expected, false, "model:great-circle"));
        assertThat(back.millis()).isEqualTo(there.millis());
    }

    @Test
    void estimate_sameRegion_isOnlyTheFixedOverhead() {
        Region iowa = region("us-central1", 41.26, -95.86);

        assertThat(latency.roundTripMillis(iowa, iowa)).isEqualTo(NetworkLatency.OVERHEAD_MS);
    }

    @Test
    void distanceKm_quarterOfEquator_isQuarterOfCircumference() {
        Region origin = region("a", 0, 0);
        Region quarter = region("b", 0, 90);

        assertThat(NetworkLatency.distanceKm(origin, quarter)).isCloseTo(10_007.5, within(0.1));
    }

    @Test
    void modelledMillis_thousandKilometres_followsStatedFormula() {
        assertThat(NetworkLatency.modelledMillis(1000)).isCloseTo(15.5, within(1e-9));
    }

    @Test
    void sources_bundledTable_areCitedWithHttps() {
        assertThat(latency.sources())
                .extracting(Source::url)
                .allSatisfy(url -> assertThat(url).startsWith("https://"));
    }
}
