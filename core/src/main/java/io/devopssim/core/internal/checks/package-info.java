/**
 * Internal helpers that check configuration values against bounds and collect every problem.
 *
 * <p>Not API: these types may change in any release.
 */
package io.devopssim.core.internal.checks;
