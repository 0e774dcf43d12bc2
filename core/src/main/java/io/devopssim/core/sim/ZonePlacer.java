package io.devopssim.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the pods of one regional Deployment: on the least-loaded location that is up.
 *
 * <p>A location is a node when the placement has nodes, else a zone. Ties go to the location listed
 * first, so with equal counts pods go round-robin over zones (nodes are listed zone by zone, so the
 * first pods go to the first node of each zone in turn only when counts are equal). A location is
 * down while any failure covers it; no pod starts there until it is up again.
 */
final class ZonePlacer {

    private final String[] names;
    private final boolean[] down;
    private final int[] counts;

    /** Places pods on zones. */
    ZonePlacer(List<String> zones) {
        this.names = zones.toArray(String[]::new);
        this.down = new boolean[names.length];
        this.counts = new int[names.length];
    }

    /**
     * Places pods on the nodes of the zones, interleaved: first node of every zone, then the
     * second.
     */
    static ZonePlacer onNodes(List<String> zones, int nodesPerZone, NodeNames nodes) {
        if (nodesPerZone == 0) {
            return new ZonePlacer(zones);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodesPerZone; i++) {
            for (String zone : zones) {
                names.add(nodes.nodes(zone).get(i));
            }
        }
        return new ZonePlacer(names);
    }

    /** Names the nodes of a zone. */
    interface NodeNames {
        List<String> nodes(String zone);
    }

    /** Returns the location for a new pod and counts it there, or -1 if every one is down. */
    int place() {
        int best = -1;
        for (int z = 0; z < names.length; z++) {
            if (!down[z] && (best < 0 || counts[z] < counts[best])) {
                best = z;
            }
        }
        if (best >= 0) {
            counts[best]++;
        }
        return best;
    }

    /** Forgets a pod removed from {@code location}. */
    void removed(int location) {
        counts[location]--;
    }

    /** Marks a location down or up; returns false if the placer has none of that name. */
    boolean mark(String location, boolean isDown) {
        for (int z = 0; z < names.length; z++) {
            if (names[z].equals(location)) {
                down[z] = isDown;
                return true;
            }
        }
        return false;
    }

    /** Returns the number of locations. */
    int size() {
        return names.length;
    }

    /** Returns the name of a location, a zone or a node. */
    String name(int location) {
        return names[location];
    }

    boolean isDown(int location) {
        return down[location];
    }

    /** Returns whether no location is up. */
    boolean allDown() {
        for (boolean d : down) {
            if (!d) {
                return false;
            }
        }
        return true;
    }
}
