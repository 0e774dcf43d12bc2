/**
 * The {@code devopssim} command line: {@code simulate} runs the main job, {@code compare-clouds}
 * runs one service on every cloud.
 */
package io.devopssim.examples;
