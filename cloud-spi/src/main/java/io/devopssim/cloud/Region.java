package io.devopssim.cloud;

import java.util.List;
import java.util.Objects;

/**
 * A region of one provider: where it is and which zones it has.
 *
 * @param id the provider's region id, e.g. {@code us-east-1}
 * @param displayName the provider's name for it, e.g. {@code US East (N. Virginia)}
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 * @param zones the availability zone ids, at least one
 */
public record Region(
        String id, String displayName, double latitude, double longitude, List<String> zones) {

    /** Checks for nulls and copies the zones. */
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        zones = List.copyOf(zones);
    }
}
