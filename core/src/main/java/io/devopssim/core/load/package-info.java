/**
 * Load: the {@link io.devopssim.core.load.Workload} a service sees over simulated time, made from a
 * {@link io.devopssim.core.load.LoadSpec} by {@link io.devopssim.core.load.Workloads}.
 *
 * <p>Synthetic shapes (constant, diurnal, step, spike) are computed on the fly; recorded traces are
 * read once by {@link io.devopssim.core.load.CsvTraceLoader} into a {@link
 * io.devopssim.core.load.Trace} of one rate per interval.
 */
package io.devopssim.core.load;
