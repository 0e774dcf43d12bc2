/**
 * Base backups and continuous WAL archiving to another region, and what losing a region costs.
 *
 * <p>{@link io.devopssim.core.datatier.backup.WalArchive} simulates the archive on the kernel;
 * {@link io.devopssim.core.datatier.backup.RegionLoss} is its answer to "the primary's region is
 * gone now": the data lost (RPO) and the time to restore (RTO) in the other region.
 */
package io.devopssim.core.datatier.backup;
