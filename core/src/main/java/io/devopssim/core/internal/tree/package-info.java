/**
 * Internal helpers for reading YAML and JSON trees with paths, units and problem reports.
 *
 * <p>Not API: these types may change in any release.
 */
package io.devopssim.core.internal.tree;
