/**
 * JMH benchmarks of the simulator; built into {@code benchmarks/target/benchmarks.jar} and never
 * run by the ordinary build.
 */
package io.devopssim.benchmarks;
