package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    private final SimulationKernel kernel = SimulationKernel.create(0L);
    private final List<String> reports = new ArrayList<>();

    private void eventEverySecondThrough(int last) {
        for (int t = 0; t <= last; t++) {
            kernel.scheduleAt(t, k -> {});
        }
    }

    @Test
    void progress_runUntil_reportsAtMostEveryIntervalWithHorizon() {
        eventEverySecondThrough(35);
        kernel.setProgressListener((now, horizon) -> reports.add(now + "/" + horizon), 10.0);

        kernel.runUntil(40.0);

        assertThat(reports).containsExactly("10.0/40.0", "20.0/40.0", "30.0/40.0", "40.0/40.0");
    }

    @Test
    void progress_run_reportsInfiniteHorizon() {
        eventEverySecondThrough(25);
        kernel.setProgressListener((now, horizon) -> reports.add(now + "/" + horizon), 12.0);

        kernel.run();

        assertThat(reports).containsExactly("12.0/Infinity", "24.0/Infinity");
    }

    @Test
    void progress_sparseEvents_countsIntervalFromLastReport() {
        kernel.scheduleAt(3.0, k -> {});
        kernel.scheduleAt(17.0, k -> {});
        kernel.scheduleAt(22.0, k -> {});
        kernel.scheduleAt(28.0, k -> {});
        kernel.setProgressListener((now, horizon) -> reports.add(String.valueOf(now)), 10.0);

        kernel.run();

        assertThat(reports).containsExactly("17.0", "28.0");
    }

    @Test
    void setProgressListener_badInterval_throwsNamingTheValue() {
        ProgressListener ignore = (now, horizon) -> {};

        assertThatThrownBy(() -> kernel.setProgressListener(ignore, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("everySimSeconds")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> kernel.setProgressListener(ignore, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
