package io.devopssim.core.scenario;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.tree.Units;
import java.util.List;

/** Parses durations written as scenario files write them, for tools that take them elsewhere. */
public final class ScenarioDurations {

    private ScenarioDurations() {}

    /**
     * Returns the seconds in {@code text}, such as {@code 500ms}, {@code 36h}, {@code 7d} or a
     * plain number of seconds.
     *
     * @param field the name of the setting, for the error message
     * @param text the duration
     * @throws InvalidInputException if {@code text} is not a positive, finite duration
     */
    public static double seconds(String field, String text) {
        double seconds = Units.seconds(text).orElse(Double.NaN);
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            String message =
                    "'" + text + "' is not a positive duration; expected e.g. 90s, 36h or 7d";
            throw new InvalidInputException(field, List.of(new Problem(field, message)));
        }
        return seconds;
    }
}
