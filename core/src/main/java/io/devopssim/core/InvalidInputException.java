package io.devopssim.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports every problem found in one input (a scenario, a trace, a manifest) at once.
 *
 * <p>The message starts with the source and lists one problem per line, each naming the field's
 * path, the bad value and what was expected.
 */
public final class InvalidInputException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * Creates an exception for the problems found in {@code source}.
     *
     * @param source what was read: a file name or a short description
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Returns what was read: a file name or a short description. */
    public String source() {
        return source;
    }

    /** Returns the problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the message for {@code problems} of {@code source}: the source, then one per line.
     *
     * @param source what was read: a file name or a short description
     * @param problems the problems, at least one
     * @return the message that exceptions listing these problems carry
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static String describe(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        String noun = problems.size() == 1 ? "problem" : "problems";
        return problems.stream()
                .map(p -> "  " + p)
                .collect(
                        Collectors.joining(
                                "\n", source + ": " + problems.size() + " " + noun + "\n", ""));
    }

    /**
     * One problem in an input.
     *
     * @param path where it is: {@code services[1].maxReplicas}, {@code line 12}, or empty for the
     *     input as a whole
     * @param message what is wrong: the value found and what was expected
     */
    public record Problem(String path, String message) {

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }
}
