package io.devopssim.ml;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.SimulationException;
import java.util.List;

/**
 * Reports that a model or its metadata could not be loaded: missing, corrupt or inconsistent.
 *
 * <p>The message starts with the source (a path or a class path resource) and says what was found
 * and what was expected. When a metadata file or a model's signature has several problems, all of
 * them are listed, one per line, and {@link #problems()} returns them.
 */
public final class ModelLoadException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * Creates an exception for one failure of {@code source}.
     *
     * @param source what was loaded: a path or a resource name
     * @param message what went wrong and what was expected
     * @param cause the underlying failure, or {@code null} if there is none
     */
    public ModelLoadException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
        this.problems = List.of();
    }

    /**
     * Creates an exception for every problem found in {@code source}.
     *
     * @param source what was loaded: a path or a resource name
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ModelLoadException(String source, List<Problem> problems) {
        super(InvalidInputException.describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Returns what was loaded: a path or a resource name. */
    public String source() {
        return source;
    }

    /** Returns the problems found, in order; empty when the failure was a single one. */
    public List<Problem> problems() {
        return problems;
    }
}
