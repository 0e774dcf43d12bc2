package io.devopssim.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers for CSV cells, without the binary noise of {@code 0.30000000000000004}.
 *
 * <p>Quantities keep six significant digits, and always every digit before the decimal point, so
 * that counts and costs are never cut: {@code 0.3}, {@code 0.123457}, {@code 1234.57}, {@code
 * 12345679}. Times in seconds keep milliseconds, as the timestamp column does. Whole numbers carry
 * no {@code .0}; only magnitudes of 10^15 and more or below 10^-6 are written in exponent form
 * ({@code 1.5E-9}), and NaN (an undefined value) is an empty cell. Quantities below 10^-12 are
 * written as 0: they are the far tails of the fluid model's distributions (a dropped-request rate
 * of 6E-93), not anything a count or a cost could hold. JSON reports keep every digit; these cells
 * are for spreadsheets and plots.
 */
public final class CsvNumbers {

    /** Significant digits a quantity keeps, besides every digit of its integer part. */
    public static final int SIGNIFICANT_DIGITS = 6;

    /** Decimals a time in seconds keeps: milliseconds. */
    public static final int TIME_DECIMALS = 3;

    private static final double EXPONENT_FROM = 1e15;
    private static final double ZERO_BELOW = 1e-12;

    private CsvNumbers() {}

    /**
     * Returns a quantity rounded to {@link #SIGNIFICANT_DIGITS} significant digits, keeping its
     * integer part whole.
     *
     * @param value the value; NaN gives an empty cell
     * @return the cell's text
     */
    public static String quantity(double value) {
        if (!isPlain(value)) {
            return special(value);
        }
        if (Math.abs(value) < ZERO_BELOW) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        int integerDigits = Math.max(0, exact.precision() - exact.scale());
        int digits = Math.max(SIGNIFICANT_DIGITS, integerDigits);
        return plain(exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    /**
     * Returns a time in seconds rounded to milliseconds.
     *
     * @param seconds the time; NaN gives an empty cell
     * @return the cell's text
     */
    public static String seconds(double seconds) {
        if (!isPlain(seconds)) {
            return special(seconds);
        }
        return plain(new BigDecimal(seconds).setScale(TIME_DECIMALS, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns a value read from an input as its shortest exact decimal form, so that it can be read
     * back unchanged: {@code 42}, {@code 0.1}, {@code 0.00001}.
     *
     * @param value the value as read; NaN gives an empty cell
     * @return the cell's text
     */
    public static String exact(double value) {
        if (!isPlain(value)) {
            return special(value);
        }
        return plain(BigDecimal.valueOf(value));
    }

    private static boolean isPlain(double value) {
        return Double.isFinite(value) && Math.abs(value) < EXPONENT_FROM;
    }

    private static String special(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String plain(BigDecimal rounded) {
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        // Below 10^-6 BigDecimal writes 1.5E-9, as a message does, instead of a row of zeros.
        boolean tiny = stripped.precision() - stripped.scale() <= -6;
        return tiny ? stripped.toString() : stripped.toPlainString();
    }
}
