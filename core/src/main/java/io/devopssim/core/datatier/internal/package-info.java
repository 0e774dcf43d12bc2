/**
 * Validation helpers shared by the data-tier configurations.
 *
 * <p>Not API: anything here may change without notice.
 */
package io.devopssim.core.datatier.internal;
