package io.devopssim.core.sim;

import java.util.List;

/**
 * Places the pods of one regional Deployment on its zones: the least-loaded zone that is up.
 *
 * <p>Ties go to the zone listed first, so with equal counts pods go round-robin. A zone is down
 * while any failure covers it; no pod starts there until it is up again.
 */
final class ZonePlacer {

    private final String[] names;
    private final boolean[] down;
    private final int[] counts;

    ZonePlacer(List<String> zones) {
        this.names = zones.toArray(String[]::new);
        this.down = new boolean[names.length];
        this.counts = new int[names.length];
    }

    /** Returns the zone for a new pod and counts it there, or -1 if every zone is down. */
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

    /** Forgets a pod removed from {@code zone}. */
    void removed(int zone) {
        counts[zone]--;
    }

    /** Marks a zone down or up; returns false if the placer has no zone of that name. */
    boolean mark(String zone, boolean isDown) {
        for (int z = 0; z < names.length; z++) {
            if (names[z].equals(zone)) {
                down[z] = isDown;
                return true;
            }
        }
        return false;
    }

    boolean isDown(int zone) {
        return down[zone];
    }

    /** Returns whether no zone is up. */
    boolean allDown() {
        for (boolean d : down) {
            if (!d) {
                return false;
            }
        }
        return true;
    }

    /** Returns the pods now counted in each zone, in zone order. */
    int count(int zone) {
        return counts[zone];
    }

    List<String> names() {
        return List.of(names);
    }
}
