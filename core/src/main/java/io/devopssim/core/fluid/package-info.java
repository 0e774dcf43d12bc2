/**
 * The fluid data plane: per service and time step, the steady-state throughput, drops, utilisation
 * and latency of a pool of identical servers, from the Erlang formulas.
 *
 * <p>{@link io.devopssim.core.fluid.ErlangC} holds the textbook M/M/c results without timeouts;
 * {@link io.devopssim.core.fluid.FluidQueue} evaluates one service per step with a timeout on
 * waiting, reusing itself so that a step allocates nothing.
 */
package io.devopssim.core.fluid;
