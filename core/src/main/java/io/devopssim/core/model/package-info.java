/**
 * The cluster model: an immutable description of services, their load and the run, with builders
 * that validate it and report every problem at once.
 */
package io.devopssim.core.model;
