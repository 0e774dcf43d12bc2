/**
 * A Redis cache in front of the database: Sentinel failover and the cold-cache effect after it.
 *
 * <p>{@link io.devopssim.core.datatier.cache.RedisCache} runs Sentinel's detection, agreement,
 * leader election and promotion on the kernel and samples the hit ratio and the database query
 * rate; {@link io.devopssim.core.datatier.cache.ZipfPopularity} computes how a cold cache warms up
 * from the popularity of its keys.
 */
package io.devopssim.core.datatier.cache;
