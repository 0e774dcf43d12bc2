package io.devopssim.ml.nab;

/**
 * One labelled anomaly window of a series, as inclusive row indices.
 *
 * @param firstRow the index of the window's first row
 * @param lastRow the index of the window's last row, at least {@code firstRow}
 */
public record NabWindow(int firstRow, int lastRow) {

    /**
     * Checks the rows.
     *
     * @throws IllegalArgumentException if {@code firstRow} is negative or after {@code lastRow}
     */
    public NabWindow {
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException(
                    "window rows must satisfy 0 <= firstRow <= lastRow, got "
                            + firstRow
                            + ".."
                            + lastRow);
        }
    }

    /** Returns how many rows the window holds. */
    public int width() {
        return lastRow - firstRow + 1;
    }
}
