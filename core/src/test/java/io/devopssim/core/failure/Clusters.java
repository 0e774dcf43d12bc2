package io.devopssim.core.failure;

/** A small two-cloud topology shared by the failure tests. */
final class Clusters {

    private Clusters() {}

    /**
     * Returns aws with us-east-1 (zones a, b; two nodes each, two pods per node) and eu-west-1
     * (zone a, one node, one pod), and gcp with us-central1 (zone a, one node, one pod).
     */
    static Topology.Builder twoClouds() {
        Topology.Builder b =
                Topology.builder()
                        .cloud("aws")
                        .cloud("gcp")
                        .region("aws", "us-east-1")
                        .region("aws", "eu-west-1")
                        .region("gcp", "us-central1")
                        .zone("us-east-1", "us-east-1a")
                        .zone("us-east-1", "us-east-1b")
                        .zone("eu-west-1", "eu-west-1a")
                        .zone("us-central1", "us-central1-a");
        for (String zone : new String[] {"us-east-1a", "us-east-1b"}) {
            for (int n = 0; n < 2; n++) {
                String node = zone + "-n" + n;
                b.node(zone, node).pods(node, node + "-api", 2);
            }
        }
        b.node("eu-west-1a", "eu-n0").pod("eu-n0", "eu-api-0");
        b.node("us-central1-a", "gcp-n0").pod("gcp-n0", "gcp-api-0");
        return b;
    }
}
