/**
 * The data tier: a PostgreSQL cluster with Patroni failover, WAL archiving, and a Redis cache.
 *
 * <p>Each part is a self-contained model driven by a {@link
 * io.devopssim.core.kernel.SimulationKernel}: {@link io.devopssim.core.datatier.postgres} holds
 * replication and Patroni failover, {@link io.devopssim.core.datatier.backup} base backups and
 * continuous WAL archiving, {@link io.devopssim.core.datatier.cache} the Redis cache with Sentinel
 * failover and its cold-cache warm-up. {@link io.devopssim.core.datatier.WriteLoad} is the write
 * rate they share.
 *
 * <p>{@code io.devopssim.core.sim.Simulation} runs the PostgreSQL cluster with the services when
 * given a {@code io.devopssim.core.sim.DatabaseTier}: the run's failures take its members and its
 * writing requests fail while it has no primary.
 *
 * <p><b>Limitations.</b> The WAL archive and the Redis cache are not driven by a run yet: a caller
 * creates them on its own kernel.
 */
package io.devopssim.core.datatier;
