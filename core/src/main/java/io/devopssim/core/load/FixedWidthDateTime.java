package io.devopssim.core.load;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Reads timestamps written as fixed-width numbers, such as {@code yyyy-MM-dd HH:mm:ss}, several
 * times faster than {@link java.time.format.DateTimeFormatter}.
 *
 * <p>Only patterns made of {@code yyyy} or {@code uuuu}, {@code MM}, {@code dd}, {@code HH}, {@code
 * mm}, {@code ss} and literal separators qualify; {@link #compile} returns null for any other, and
 * the caller falls back to the formatter. Date and time values are checked, never adjusted.
 */
final class FixedWidthDateTime {

    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private static final int HOUR = 3;
    private static final int MINUTE = 4;
    private static final int SECOND = 5;
    private static final char DIGIT = '\0';

    private final char[] template;
    private final int[] fieldAt;

    private FixedWidthDateTime(char[] template, int[] fieldAt) {
        this.template = template;
        this.fieldAt = fieldAt;
    }

    /** Returns a reader for {@code pattern}, or null if the pattern does not qualify. */
    static FixedWidthDateTime compile(String pattern) {
        StringBuilder template = new StringBuilder();
        int[] fieldAt = new int[6];
        Arrays.fill(fieldAt, -1);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            if (Character.isLetter(c)) {
                int field = field(c, run);
                if (field < 0 || fieldAt[field] >= 0) {
                    return null;
                }
                fieldAt[field] = template.length();
                template.append(String.valueOf(DIGIT).repeat(run));
            } else if ("'[]#{}".indexOf(c) >= 0) {
                return null;
            } else {
                template.append(String.valueOf(c).repeat(run));
            }
            i += run;
        }
        boolean hasDate = fieldAt[YEAR] >= 0 && fieldAt[MONTH] >= 0 && fieldAt[DAY] >= 0;
        return hasDate ? new FixedWidthDateTime(template.toString().toCharArray(), fieldAt) : null;
    }

    private static int field(char letter, int width) {
        if ((letter == 'y' || letter == 'u') && width == 4) {
            return YEAR;
        }
        if (width != 2) {
            return -1;
        }
        return switch (letter) {
            case 'M' -> MONTH;
            case 'd' -> DAY;
            case 'H' -> HOUR;
            case 'm' -> MINUTE;
            case 's' -> SECOND;
            default -> -1;
        };
    }

    /**
     * Returns the instant {@code text} names in {@code zone}.
     *
     * @throws DateTimeException if the text does not match the pattern or names no valid time
     */
    Instant parse(String text, ZoneId zone) {
        if (text.length() != template.length) {
            throw new DateTimeException("length " + text.length() + " != " + template.length);
        }
        for (int i = 0; i < template.length; i++) {
            char c = text.charAt(i);
            boolean matches = template[i] == DIGIT ? c >= '0' && c <= '9' : c == template[i];
            if (!matches) {
                throw new DateTimeException("unexpected '" + c + "' at index " + i);
            }
        }
        LocalDateTime local =
                LocalDateTime.of(
                        number(text, YEAR, 4),
                        number(text, MONTH, 2),
                        number(text, DAY, 2),
                        number(text, HOUR, 2),
                        number(text, MINUTE, 2),
                        number(text, SECOND, 2));
        if (zone instanceof ZoneOffset offset) {
            return Instant.ofEpochSecond(local.toEpochSecond(offset));
        }
        return local.atZone(zone).toInstant();
    }

    private int number(String text, int field, int width) {
        int at = fieldAt[field];
        if (at < 0) {
            return 0;
        }
        int value = 0;
        for (int i = at; i < at + width; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
