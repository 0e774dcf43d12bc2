package io.devopssim.core.datatier.backup;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;

/**
 * How a PostgreSQL primary's WAL and base backups reach another region, and how fast they restore.
 *
 * <p>A WAL segment is archived when it is full ({@code segmentSizeBytes}, PostgreSQL's {@code
 * wal_segment_size}, 16 MiB by default) or when {@code archiveTimeoutSeconds} have passed since the
 * last segment switch and WAL was written meanwhile (PostgreSQL's {@code archive_timeout}; its
 * default 0 turns the timer off, its documentation calls a minute reasonable, so ours is 60 s). An
 * archived segment or a finished base backup is usable in the other region {@code copyDelaySeconds}
 * later. A restore reads the newest usable base backup at {@code restoreBytesPerSecond}, then
 * replays the archived WAL since that backup at {@code walReplayBytesPerSecond}.
 *
 * <p>The copy delay and the three rates have no upstream default; ours are estimates, set them.
 *
 * <p>Build instances with {@link #builder(double)}, which validates; the canonical constructor does
 * not.
 *
 * @param segmentSizeBytes bytes of WAL per segment, above 0
 * @param archiveTimeoutSeconds forced segment switch after this many seconds, 0 for never
 * @param copyDelaySeconds from archiving (or backup end) until usable in the other region
 * @param baseBackupIntervalSeconds time between two base backups, above 0
 * @param databaseSizeBytes size of a base backup, above 0
 * @param baseBackupBytesPerSecond rate at which a base backup is taken, above 0
 * @param restoreBytesPerSecond rate at which a base backup is restored, above 0
 * @param walReplayBytesPerSecond rate at which archived WAL is replayed on restore, above 0
 * @param stepSeconds longest interval between two updates of the WAL position, above 0
 */
public record WalArchiveSpec(
        double segmentSizeBytes,
        double archiveTimeoutSeconds,
        double copyDelaySeconds,
        double baseBackupIntervalSeconds,
        double databaseSizeBytes,
        double baseBackupBytesPerSecond,
        double restoreBytesPerSecond,
        double walReplayBytesPerSecond,
        double stepSeconds) {

    private static final double MIB = 1024 * 1024;

    /**
     * Returns a builder for a database of {@code databaseSizeBytes}; see {@link Builder}.
     *
     * @param databaseSizeBytes the size of one base backup in bytes
     */
    public static Builder builder(double databaseSizeBytes) {
        return new Builder(databaseSizeBytes);
    }

    /**
     * Builds a {@link WalArchiveSpec}, reporting every invalid value at once. Defaults: 16 MiB
     * segments, archive timeout 60 s, copy delay 60 s, a base backup every 24 h taken at 100 MiB/s,
     * restore at 200 MiB/s, WAL replay at 50 MiB/s, 1 s steps.
     */
    public static final class Builder {

        private double segmentSize = 16 * MIB;
        private double archiveTimeout = 60;
        private double copyDelay = 60;
        private double baseBackupInterval = 24 * 3600;
        private final double databaseSize;
        private double baseBackupRate = 100 * MIB;
        private double restoreRate = 200 * MIB;
        private double walReplayRate = 50 * MIB;
        private double step = 1;

        private Builder(double databaseSize) {
            this.databaseSize = databaseSize;
        }

        /** Sets {@code wal_segment_size} in bytes; default 16 MiB. */
        public Builder segmentSizeBytes(double bytes) {
            this.segmentSize = bytes;
            return this;
        }

        /** Sets {@code archive_timeout} in seconds, 0 for off; default 60. */
        public Builder archiveTimeoutSeconds(double seconds) {
            this.archiveTimeout = seconds;
            return this;
        }

        /** Sets the delay until an archived file is usable in the other region; default 60 s. */
        public Builder copyDelaySeconds(double seconds) {
            this.copyDelay = seconds;
            return this;
        }

        /** Sets the time between two base backups; default 24 h. */
        public Builder baseBackupIntervalSeconds(double seconds) {
            this.baseBackupInterval = seconds;
            return this;
        }

        /** Sets the rate at which a base backup is taken; default 100 MiB/s. */
        public Builder baseBackupBytesPerSecond(double bytesPerSecond) {
            this.baseBackupRate = bytesPerSecond;
            return this;
        }

        /** Sets the rate at which a base backup is restored; default 200 MiB/s. */
        public Builder restoreBytesPerSecond(double bytesPerSecond) {
            this.restoreRate = bytesPerSecond;
            return this;
        }

        /** Sets the rate at which archived WAL is replayed on restore; default 50 MiB/s. */
        public Builder walReplayBytesPerSecond(double bytesPerSecond) {
            this.walReplayRate = bytesPerSecond;
            return this;
        }

        /** Sets the longest interval between two WAL position updates; default 1 s. */
        public Builder stepSeconds(double seconds) {
            this.step = seconds;
            return this;
        }

        /**
         * Returns the validated spec.
         *
         * @throws io.devopssim.core.InvalidInputException listing every invalid value
         */
        public WalArchiveSpec build() {
            Problems problems = new Problems();
            Bounds c = new Bounds(problems, "");
            c.positive("segmentSizeBytes", segmentSize);
            c.nonNegative("archiveTimeoutSeconds", archiveTimeout);
            c.nonNegative("copyDelaySeconds", copyDelay);
            c.positive("baseBackupIntervalSeconds", baseBackupInterval);
            c.positive("databaseSizeBytes", databaseSize);
            c.positive("baseBackupBytesPerSecond", baseBackupRate);
            c.positive("restoreBytesPerSecond", restoreRate);
            c.positive("walReplayBytesPerSecond", walReplayRate);
            c.positive("stepSeconds", step);
            problems.throwIfAny("WAL archive");
            return new WalArchiveSpec(
                    segmentSize,
                    archiveTimeout,
                    copyDelay,
                    baseBackupInterval,
                    databaseSize,
                    baseBackupRate,
                    restoreRate,
                    walReplayRate,
                    step);
        }
    }
}
