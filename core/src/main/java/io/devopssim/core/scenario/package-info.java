/**
 * Scenario files: a cluster model written in YAML or JSON, read with every problem reported at
 * once. The format is described in {@link io.devopssim.core.scenario.ScenarioReader}.
 */
package io.devopssim.core.scenario;
