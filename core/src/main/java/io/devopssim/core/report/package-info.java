/**
 * Renders simulation results: JSON for programs, CSV for spreadsheets and plots, and a summary for
 * people.
 *
 * <p>Renderers write nothing that depends on the wall clock or the machine, so the same result
 * always renders to the same bytes.
 */
package io.devopssim.core.report;
