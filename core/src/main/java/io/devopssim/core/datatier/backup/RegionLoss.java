package io.devopssim.core.datatier.backup;

import io.devopssim.core.kernel.SimEvent;

/**
 * Tells what losing the primary's whole region costs: the data lost (RPO), the restore time (RTO).
 *
 * <p>The restore runs in the other region, from the newest usable base backup and the archived WAL.
 *
 * @param time when the region is lost
 * @param walPositionBytes the primary's WAL position at the loss
 * @param recoveredPositionBytes the WAL position a restore in the other region reaches
 * @param rpoBytes WAL written but not yet usable in the other region
 * @param rpoSeconds age of the oldest lost write at the loss; 0 when nothing is lost
 * @param baseBackupStartedAt when the base backup the restore starts from was taken
 * @param walToReplayBytes archived WAL replayed on top of that base backup
 * @param rtoSeconds restore time: backup size over restore rate plus WAL over replay rate
 */
public record RegionLoss(
        double time,
        double walPositionBytes,
        double recoveredPositionBytes,
        double rpoBytes,
        double rpoSeconds,
        double baseBackupStartedAt,
        double walToReplayBytes,
        double rtoSeconds)
        implements SimEvent {}
