package io.devopssim.core;

/**
 * The root of the simulator's domain failures: bad input, impossible models, failed runs.
 *
 * <p>Misuse of the API (a null argument, a call out of order) throws the JDK's exceptions instead.
 */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names what went wrong.
     *
     * @param message the message, shown to users as it is
     */
    public SimulationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message the message, shown to users as it is
     * @param cause the underlying failure
     */
    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
