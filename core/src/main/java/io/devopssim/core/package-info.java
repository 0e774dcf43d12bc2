/**
 * The simulator: kernel, cluster model, load, data plane, autoscaling, runs and their results.
 *
 * <p>This package holds the domain exceptions shared by all of them.
 */
package io.devopssim.core;
