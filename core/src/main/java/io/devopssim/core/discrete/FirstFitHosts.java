package io.devopssim.core.discrete;

/**
 * Places VMs of one size on identical hosts, first fit: the lowest-numbered host with room.
 *
 * <p>Hosts with a free slot are kept in a Fenwick tree, so a placement or a release is O(log H) and
 * never walks the hosts.
 */
final class FirstFitHosts {

    private final int slotsPerHost;
    private final int[] used;
    private final IndexTree withRoom;

    FirstFitHosts(int hosts, int slotsPerHost) {
        this.slotsPerHost = slotsPerHost;
        this.used = new int[hosts];
        this.withRoom = new IndexTree(hosts);
        for (int h = 0; h < hosts; h++) {
            withRoom.add(h, 1);
        }
    }

    /** Places one VM and returns its host; there must be room. */
    int place() {
        if (withRoom.total() == 0) {
            throw new IllegalStateException(
                    "no host has room for another VM (" + used.length + " hosts full)");
        }
        int host = withRoom.select(1);
        if (++used[host] == slotsPerHost) {
            withRoom.add(host, -1);
        }
        return host;
    }

    /** Frees the slot of a VM on {@code host}. */
    void release(int host) {
        if (used[host]-- == slotsPerHost) {
            withRoom.add(host, 1);
        }
    }

    int vmsOn(int host) {
        return used[host];
    }
}
