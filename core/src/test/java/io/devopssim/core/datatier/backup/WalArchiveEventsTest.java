package io.devopssim.core.datatier.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalArchiveEventsTest {

    private static final double MIB = 1024 * 1024;

    @Test
    void loseRegionAt_publishesOnceAndStopsTheArchive() {
        SimulationKernel kernel = SimulationKernel.create(1);
        List<RegionLoss> heard = new ArrayList<>();
        kernel.addListener(RegionLoss.class, heard::add);
        WalArchive archive =
                WalArchive.start(
                        kernel,
                        WalArchiveSpec.builder(MIB * 1024).build(),
                        WriteLoad.constant(MIB));
        archive.loseRegionAt(500);
        archive.loseRegionAt(600);

        kernel.runUntil(1000);

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).time()).isEqualTo(500);
        assertThat(archive.walPosition()).isCloseTo(500 * MIB, within(1e-6));
        assertThat(archive.assessRegionLoss()).isEqualTo(heard.get(0));
    }

    @Test
    void rpo_varyingWriteRate_neverAboveTheBoundOfItsRegime() {
        // A square wave between 1 KiB/s and 8 MiB/s: the age of the oldest lost write stays
        // within archive_timeout + copy delay, the bound of the slow phases.
        SimulationKernel kernel = SimulationKernel.create(1);
        WriteLoad wave = t -> ((long) (t / 300)) % 2 == 0 ? 1024 : 8 * MIB;
        WalArchiveSpec spec =
                WalArchiveSpec.builder(MIB * 1024)
                        .archiveTimeoutSeconds(60)
                        .copyDelaySeconds(20)
                        .build();
        WalArchive archive = WalArchive.start(kernel, spec, wave);

        double worstFast = 0;
        double worst = 0;
        for (double t = 100; t < 3600; t += 0.5) {
            kernel.runUntil(t);
            double rpo = archive.assessRegionLoss().rpoSeconds();
            worst = Math.max(worst, rpo);
            boolean fastForAWhile = ((long) (t / 300)) % 2 == 1 && t % 300 > 100;
            if (fastForAWhile) {
                worstFast = Math.max(worstFast, rpo);
            }
        }

        assertThat(worst).isLessThanOrEqualTo(80 + 1e-9);
        assertThat(worstFast).isLessThanOrEqualTo(2 + 20 + 1e-9);
    }
}
