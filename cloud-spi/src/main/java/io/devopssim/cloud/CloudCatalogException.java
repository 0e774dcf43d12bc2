package io.devopssim.cloud;

/** Thrown when cloud provider data is missing, invalid or asked for something it does not have. */
public class CloudCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the resource, value and what was expected
     */
    public CloudCatalogException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CloudCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
