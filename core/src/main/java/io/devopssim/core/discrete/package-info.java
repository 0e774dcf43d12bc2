/**
 * The discrete data plane: individual jobs with an amount of work on VMs whose cores they share.
 *
 * <p>{@link io.devopssim.core.discrete.ProcessorSharingPool} runs a pool of VMs on the kernel: each
 * VM shares its cores fairly among its running jobs, and each job's completion is a kernel event.
 * Per-event work is O(log n): every VM keeps a virtual clock of the work attained by each of its
 * jobs and a min-heap of the virtual times at which they finish, and state is indexed so that the
 * busy and the idle VMs are found without walking the fleet.
 *
 * <p>{@link io.devopssim.core.discrete.CspAutoscaleScenario} is the CSP-AUTOSCALE-1H benchmark
 * scenario built on it, the one CloudSim Plus also runs (see docs/csp-autoscale-benchmark.md).
 *
 * <p><b>Limitations.</b> The discrete model is not yet a data plane of {@code Simulation}: it runs
 * job-style workloads and the benchmark on its own, not services described by a {@code
 * ClusterModel}.
 */
package io.devopssim.core.discrete;
