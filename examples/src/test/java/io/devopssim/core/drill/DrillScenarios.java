package io.devopssim.core.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files of a two-region service whose load peaks from 3 h to 4 h. */
final class DrillScenarios {

    static final String SERVICE =
            "name: drill\nprovider: aws\nregion: us-east-1\n"
                    + "run: {seed: 7, step: 15s, duration: 6h}\n"
                    + "services:\n"
                    + "  - name: web\n    instanceType: m5.large\n    capacityRps: 25\n"
                    + "    load: {spike: {baseRps: 40, peakRps: 120, start: 3h, duration: 1h}}\n";
    static final String PLACEMENTS =
            "    placements:\n"
                    + "      - {provider: aws, region: us-east-1, zones: [use1-az1, use1-az2],"
                    + " replicas: {min: 6, max: 6}}\n"
                    + "      - {provider: gcp, region: us-central1, zones: [us-central1-a],"
                    + " instanceType: n2-standard-2, replicas: {min: 6, max: 6}}\n";
    static final String TRAFFIC =
            "traffic:\n  policy: latency\n  sources:\n"
                    + "    - {name: east, share: 0.7, location: {latitude: 40.7, longitude: -74}}\n"
                    + "    - {name: west, share: 0.3, location: {latitude: 37.8, longitude:"
                    + " -122.4}}\n"
                    + "  healthCheck: {interval: 30s, failureThreshold: 3}\n"
                    + "  dns: {ttl: 60s}\n";
    static final String DATABASE =
            "database:\n  name: orders\n  writeBytesPerRequest: 4Ki\n  writeRequestShare: 0.1\n"
                    + "  primary: pg-1\n  members:\n"
                    + "    - {name: pg-1, region: us-east-1, zone: use1-az1}\n"
                    + "    - {name: pg-2, region: us-east-1, zone: use1-az2, shippingDelay: 2ms}\n"
                    + "    - {name: pg-3, region: us-central1, zone: us-central1-a,"
                    + " shippingDelay: 30ms}\n"
                    + "  walArchive: {databaseSize: 10Gi}\n";
    static final String DRILL = "drill: {region: aws/us-east-1, at: busiest-hour, duration: 1h}\n";

    private DrillScenarios() {}

    static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }
}
