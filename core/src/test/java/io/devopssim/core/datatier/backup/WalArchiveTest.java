package io.devopssim.core.datatier.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.kernel.SimulationKernel;
import org.junit.jupiter.api.Test;

class WalArchiveTest {

    private static final double MIB = 1024 * 1024;
    private static final double GIB = 1024 * MIB;

    private final SimulationKernel kernel = SimulationKernel.create(11);

    /** Returns the largest RPO, in seconds, seen when sampling every 0.37 s for an hour. */
    private double worstRpoSeconds(WalArchive archive, double[] worstBytes) {
        double worst = 0;
        for (double t = 600; t < 4200; t += 0.37) {
            kernel.runUntil(t);
            RegionLoss loss = archive.assessRegionLoss();
            worst = Math.max(worst, loss.rpoSeconds());
            worstBytes[0] = Math.max(worstBytes[0], loss.rpoBytes());
        }
        return worst;
    }

    @Test
    void rpo_lowWriteRate_boundedByArchiveTimeoutPlusCopyDelay() {
        // 1 KiB/s fills a 16 MiB segment in 4.5 h, so archive_timeout (60 s) switches segments;
        // a segment is usable 30 s after its switch: at worst 60 + 30 s of writes are lost.
        WalArchiveSpec spec =
                WalArchiveSpec.builder(GIB).archiveTimeoutSeconds(60).copyDelaySeconds(30).build();
        WalArchive archive = WalArchive.start(kernel, spec, WriteLoad.constant(1024));
        double[] worstBytes = new double[1];

        double worst = worstRpoSeconds(archive, worstBytes);

        assertThat(worst).isLessThanOrEqualTo(90 + 1e-9).isGreaterThan(89);
        assertThat(worstBytes[0]).isLessThanOrEqualTo(90 * 1024 + 1e-6);
    }

    @Test
    void rpo_highWriteRate_boundedBySegmentFillTimePlusCopyDelay() {
        // 4 MiB/s fills a segment every 4 s, well before the 60 s timeout: at worst 4 + 30 s.
        WalArchiveSpec spec =
                WalArchiveSpec.builder(GIB).archiveTimeoutSeconds(60).copyDelaySeconds(30).build();
        WalArchive archive = WalArchive.start(kernel, spec, WriteLoad.constant(4 * MIB));
        double[] worstBytes = new double[1];

        double worst = worstRpoSeconds(archive, worstBytes);

        assertThat(worst).isLessThanOrEqualTo(34 + 1e-9).isGreaterThan(33);
        assertThat(worstBytes[0]).isLessThanOrEqualTo(34 * 4 * MIB + 1e-6);
    }

    @Test
    void rpo_archiveTimeoutOff_growsUntilTheSegmentFills() {
        WalArchiveSpec spec =
                WalArchiveSpec.builder(GIB).archiveTimeoutSeconds(0).copyDelaySeconds(30).build();
        WalArchive archive = WalArchive.start(kernel, spec, WriteLoad.constant(1024));

        kernel.runUntil(1000);
        RegionLoss loss = archive.assessRegionLoss();

        assertThat(archive.archivedSegments()).isZero();
        assertThat(loss.rpoBytes()).isCloseTo(1000 * 1024, within(1e-6));
        assertThat(loss.rpoSeconds()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void rpo_noWrites_isZero() {
        WalArchiveSpec spec = WalArchiveSpec.builder(GIB).build();
        WalArchive archive = WalArchive.start(kernel, spec, WriteLoad.constant(0));

        kernel.runUntil(500);

        assertThat(archive.assessRegionLoss().rpoBytes()).isZero();
        assertThat(archive.assessRegionLoss().rpoSeconds()).isZero();
    }

    @Test
    void rto_restoresNewestUsableBaseBackupThenReplaysTheArchivedWal() {
        // 1 MiB/s, 16 MiB segments switch every 16 s, usable 30 s later. A 10 GiB base backup
        // starts at 3600 s (WAL 3600 MiB), takes 10 s at 1 GiB/s, and is usable at 3640 once the
        // WAL to its end (3610 MiB, in the segment switched at 3616, usable 3646) is there too.
        WalArchiveSpec spec =
                WalArchiveSpec.builder(10 * GIB)
                        .copyDelaySeconds(30)
                        .baseBackupIntervalSeconds(3600)
                        .baseBackupBytesPerSecond(GIB)
                        .restoreBytesPerSecond(200 * MIB)
                        .walReplayBytesPerSecond(50 * MIB)
                        .build();
        WalArchive archive = WalArchive.start(kernel, spec, WriteLoad.constant(MIB));

        kernel.runUntil(3645);
        RegionLoss early = archive.assessRegionLoss();
        // At 3645 the segments switched by 3615 are usable, the last at 3600 s (WAL 3600 MiB):
        // short of the new backup's end (3610 MiB), so the restore starts from the run's first.
        assertThat(early.baseBackupStartedAt()).isZero();
        assertThat(early.recoveredPositionBytes()).isEqualTo(3600 * MIB);
        assertThat(early.rtoSeconds()).isCloseTo(10 * 1024 / 200.0 + 3600 / 50.0, within(1e-9));

        archive.loseRegionAt(3700);
        kernel.runUntil(3800);
        RegionLoss loss = archive.regionLoss().orElseThrow();
        // Usable by 3700: segments switched by 3670, the last at 3664 s (WAL 3664 MiB).
        assertThat(loss.baseBackupStartedAt()).isEqualTo(3600);
        assertThat(loss.recoveredPositionBytes()).isEqualTo(3664 * MIB);
        assertThat(loss.walToReplayBytes()).isEqualTo(64 * MIB);
        assertThat(loss.rpoBytes()).isEqualTo(36 * MIB);
        assertThat(loss.rpoSeconds()).isCloseTo(36, within(1e-9));
        assertThat(loss.rtoSeconds()).isCloseTo(10 * 1024 / 200.0 + 64 / 50.0, within(1e-9));
        assertThat(archive.walPosition()).isEqualTo(3700 * MIB);
    }

    @Test
    void build_badValues_reportsEveryOneAtOnce() {
        assertThatThrownBy(
                        () ->
                                WalArchiveSpec.builder(-1)
                                        .segmentSizeBytes(0)
                                        .archiveTimeoutSeconds(-5)
                                        .restoreBytesPerSecond(Double.NaN)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4 problems")
                .hasMessageContaining("segmentSizeBytes: must be > 0, was 0")
                .hasMessageContaining("archiveTimeoutSeconds: must be >= 0, was -5")
                .hasMessageContaining("databaseSizeBytes: must be > 0, was -1")
                .hasMessageContaining("restoreBytesPerSecond: must be a finite number, was NaN");
    }
}
