package io.devopssim.core.datatier.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WalArchiveSpecTest {

    @Test
    void build_defaults_holdPostgresSegmentSizeAndOurEstimates() {
        WalArchiveSpec spec = WalArchiveSpec.builder(1e9).build();

        assertThat(spec.segmentSizeBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(spec.archiveTimeoutSeconds()).isEqualTo(60);
        assertThat(spec.copyDelaySeconds()).isEqualTo(60);
        assertThat(spec.baseBackupIntervalSeconds()).isEqualTo(86_400);
        assertThat(spec.databaseSizeBytes()).isEqualTo(1e9);
        assertThat(spec.stepSeconds()).isEqualTo(1);
    }
}
