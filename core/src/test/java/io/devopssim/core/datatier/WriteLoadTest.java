package io.devopssim.core.datatier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.load.Workload;
import io.devopssim.core.load.Workloads;
import org.junit.jupiter.api.Test;

class WriteLoadTest {

    @Test
    void constant_anyTime_sameRate() {
        WriteLoad load = WriteLoad.constant(5e6);

        assertThat(load.bytesPerSecond(0)).isEqualTo(5e6);
        assertThat(load.bytesPerSecond(1e6)).isEqualTo(5e6);
    }

    @Test
    void constant_negativeOrNaN_rejectedNamingTheField() {
        assertThatThrownBy(() -> WriteLoad.constant(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bytesPerSecond: must be a finite number >= 0, was -1");
        assertThatThrownBy(() -> WriteLoad.constant(Double.NaN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("was NaN");
        assertThatThrownBy(() -> WriteLoad.constant(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ofRequests_scalesTheRequestRate() {
        WriteLoad load = WriteLoad.ofRequests(Workloads.step(10, 100, 60), 2048);

        assertThat(load.bytesPerSecond(0)).isEqualTo(20_480);
        assertThat(load.bytesPerSecond(60)).isEqualTo(204_800);
    }

    @Test
    void ofRequests_traceGap_writesNothing() {
        Workload gap =
                new Workload() {
                    @Override
                    public double rate(double t) {
                        return Double.NaN;
                    }

                    @Override
                    public double duration() {
                        return 60;
                    }
                };

        assertThat(WriteLoad.ofRequests(gap, 1000).bytesPerSecond(5)).isZero();
    }

    @Test
    void ofRequests_badBytesPerRequest_rejected() {
        assertThatThrownBy(() -> WriteLoad.ofRequests(Workloads.constant(1), -3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bytesPerRequest");
    }
}
