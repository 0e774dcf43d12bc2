package io.devopssim.core.sim;

import io.devopssim.core.SimulationException;

/** Says which setting of the model (provider, region or instance type) a catalogue lacks. */
final class CatalogLookupException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final String field;

    CatalogLookupException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** Returns {@code provider}, {@code region} or {@code instanceType}. */
    String field() {
        return field;
    }
}
