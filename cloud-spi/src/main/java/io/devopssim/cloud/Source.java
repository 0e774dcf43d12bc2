package io.devopssim.cloud;

import java.util.Objects;

/**
 * A published page or dataset that figures in a catalogue come from.
 *
 * @param id the id figures use to cite it
 * @param title what it is
 * @param url where it is, an https URL
 * @param retrieved the ISO date (yyyy-MM-dd) it was read
 * @param note how the figures were taken from it
 */
public record Source(String id, String title, String url, String retrieved, String note) {

    /** Checks for nulls. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(note, "note");
    }
}
