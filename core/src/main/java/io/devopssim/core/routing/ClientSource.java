package io.devopssim.core.routing;

import io.devopssim.cloud.Region;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Where a share of the clients are: a location, its time zone and the daily shape of its traffic.
 *
 * <p>The location is a {@link Region} so that {@link io.devopssim.cloud.NetworkLatency} can measure
 * the way to each serving region: a cloud region's own id gets its measured latencies, any other id
 * the great-circle model.
 *
 * @param name unique name among the sources, such as {@code europe}
 * @param share the source's share of daily traffic, in (0, 1]; the shares sum to 1
 * @param location where the clients are
 * @param timeZone the clients' time zone, for the daily shape
 * @param diurnal the daily shape by local time
 */
public record ClientSource(
        String name, double share, Region location, ZoneId timeZone, DiurnalShape diurnal) {

    /** Checks for nulls; values are checked by {@link RoutingConfig.Builder#build()}. */
    public ClientSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(diurnal, "diurnal");
    }

    /**
     * Returns a source at a point given by coordinates, with flat traffic.
     *
     * @param name the source's name
     * @param share the share of daily traffic
     * @param latitude degrees north
     * @param longitude degrees east
     * @param timeZone the clients' time zone
     * @return the source
     */
    public static ClientSource at(
            String name, double share, double latitude, double longitude, ZoneId timeZone) {
        Region point = new Region("clients:" + name, name, latitude, longitude, List.of(name));
        return new ClientSource(name, share, point, timeZone, DiurnalShape.flat());
    }

    /**
     * Returns a copy of this source with another daily shape.
     *
     * @param shape the shape
     * @return the changed copy
     */
    public ClientSource withDiurnal(DiurnalShape shape) {
        return new ClientSource(name, share, location, timeZone, shape);
    }

    /**
     * Returns a copy of this source with another share of daily traffic.
     *
     * @param newShare the share, in (0, 1]
     * @return the changed copy
     */
    public ClientSource withShare(double newShare) {
        return new ClientSource(name, newShare, location, timeZone, diurnal);
    }

    /**
     * Returns the source's rate factor at an instant, from its local time of day.
     *
     * @param at the instant
     * @return the diurnal factor, averaging 1 over a day
     */
    public double rateFactor(Instant at) {
        LocalTime local = at.atZone(timeZone).toLocalTime();
        return diurnal.factor(local.toSecondOfDay() / 3600.0 + local.getNano() / 3.6e12);
    }
}
