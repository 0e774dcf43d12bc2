package io.devopssim.cloud;

import java.util.List;

/**
 * Thrown when a provider, region or instance type is not known; the message lists close matches.
 */
public final class UnknownCloudResourceException extends CloudCatalogException {

    private static final long serialVersionUID = 1L;

    /** The close matches; a plain list so the exception stays serialisable. */
    private final String[] suggestions;

    /**
     * Creates the exception.
     *
     * @param message what was not found and where, with the close matches
     * @param suggestions the close matches, best first
     */
    public UnknownCloudResourceException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = suggestions.toArray(String[]::new);
    }

    /**
     * Returns the known ids closest to the one asked for, best first.
     *
     * @return the suggestions, possibly empty
     */
    public List<String> suggestions() {
        return List.of(suggestions);
    }
}
