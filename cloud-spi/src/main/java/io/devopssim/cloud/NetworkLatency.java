package io.devopssim.cloud;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Returns the network round-trip time between any two regions, of the same or different clouds.
 *
 * <p>A pair with a published measurement (bundled in {@code io/devopssim/cloud/latency.json}, each
 * with its source and date) returns that measurement. Any other pair is modelled from the
 * great-circle (haversine) distance {@code d} between the regions' coordinates:
 *
 * <pre>RTT = 2 × d × {@value #ROUTE_FACTOR} / {@value #FIBRE_KM_PER_MS} km/ms + {@value
 * #OVERHEAD_MS} ms</pre>
 *
 * <ul>
 *   <li>{@value #FIBRE_KM_PER_MS} km/ms: light in optical fibre travels at about c / 1.47, close to
 *       200,000 km/s.
 *   <li>{@value #ROUTE_FACTOR}: cables do not follow great circles and packets cross routers; this
 *       factor makes the model's median error against the bundled measurements small (the
 *       calibration is checked by a unit test).
 *   <li>{@value #OVERHEAD_MS} ms: switching and host stack time, of the order of the measured round
 *       trip between availability zones of one region (0.25 to 3.4 ms).
 * </ul>
 *
 * <p><b>Limitations.</b> Measurements are keyed by region id, so region ids in the bundled table
 * must be unique across providers (checked when it is loaded). Measurements are averages; they
 * carry no jitter, congestion or time of day. The model ignores how well two clouds peer.
 */
public final class NetworkLatency {

    /** Kilometres light travels in optical fibre per millisecond. */
    public static final double FIBRE_KM_PER_MS = 200.0;

    /** Ratio of the fibre path length to the great-circle distance. */
    public static final double ROUTE_FACTOR = 1.4;

    /** Fixed switching and host overhead per round trip, in milliseconds. */
    public static final double OVERHEAD_MS = 1.5;

    /** Source id reported for modelled estimates. */
    public static final String MODEL_SOURCE = "model:great-circle";

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final String RESOURCE = "/io/devopssim/cloud/latency.json";

    private final Map<String, LatencyTable.Measurement> measurements;
    private final List<Source> sources;

    private NetworkLatency(LatencyTable table) {
        this.measurements = table.measurements();
        this.sources = table.sources();
    }

    /**
     * Returns the latency model with the bundled measurements.
     *
     * @return the shared instance
     * @throws CloudCatalogException if the bundled table is invalid
     */
    public static NetworkLatency standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns the round-trip time between two regions in milliseconds.
     *
     * @param a one region
     * @param b the other region
     * @return the measured or modelled round-trip time
     */
    public double roundTripMillis(Region a, Region b) {
        return estimate(a, b).millis();
    }

    /**
     * Returns the round-trip time between two regions and whether it was measured.
     *
     * @param a one region
     * @param b the other region
     * @return the estimate; symmetric in {@code a} and {@code b}
     */
    public LatencyEstimate estimate(Region a, Region b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        LatencyTable.Measurement measured = measurements.get(LatencyTable.key(a.id(), b.id()));
        if (measured != null) {
            return new LatencyEstimate(measured.rttMillis(), true, measured.source());
        }
        return new LatencyEstimate(modelledMillis(distanceKm(a, b)), false, MODEL_SOURCE);
    }

    /**
     * Returns the sources of the bundled measurements.
     *
     * @return the sources
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns the model's round-trip time for a great-circle distance.
     *
     * @param distanceKm the distance in kilometres, zero or more
     * @return the modelled round-trip time in milliseconds
     */
    public static double modelledMillis(double distanceKm) {
        return 2 * distanceKm * ROUTE_FACTOR / FIBRE_KM_PER_MS + OVERHEAD_MS;
    }

    /**
     * Returns the great-circle distance between two regions by the haversine formula.
     *
     * @param a one region
     * @param b the other region
     * @return the distance in kilometres on a sphere of the Earth's mean radius
     */
    public static double distanceKm(Region a, Region b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h =
                Math.pow(Math.sin(dLat / 2), 2)
                        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Loads the bundled table on first use. */
    private static final class Holder {
        static final NetworkLatency STANDARD = new NetworkLatency(LatencyTable.load(RESOURCE));
    }
}
