package io.devopssim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled table of measured round-trip times between regions. */
record LatencyTable(Map<String, Measurement> measurements, List<Source> sources) {

    /** One measured pair. */
    record Measurement(double rttMillis, String source) {}

    LatencyTable {
        measurements = Map.copyOf(measurements);
        sources = List.copyOf(sources);
    }

    static String key(String regionA, String regionB) {
        return regionA.compareTo(regionB) <= 0 ? regionA + "|" + regionB : regionB + "|" + regionA;
    }

    static LatencyTable load(String resource) {
        try (InputStream in = LatencyTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CloudCatalogException("latency table " + resource + " not found");
            }
            return parse(resource, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new CloudCatalogException(
                    "cannot read latency table " + resource + ": " + e.getMessage(), e);
        }
    }

    private static LatencyTable parse(String resource, JsonNode root) {
        JsonFields fields = new JsonFields();
        List<Source> sources = sources(fields, fields.array(root, "sources", "$"));
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        Map<String, Measurement> measurements = new HashMap<>();
        Map<String, String> providerOfRegion = new HashMap<>();
        JsonNode array = fields.array(root, "measurements", "$");
        for (int i = 0; i < array.size(); i++) {
            String path = "$.measurements[" + i + "]";
            JsonNode node = array.get(i);
            String a = regionOf(fields, node, "a", path, providerOfRegion);
            String b = regionOf(fields, node, "b", path, providerOfRegion);
            double rtt = fields.positive(node, "rttMillis", path);
            String source = fields.text(node, "source", path);
            if (!sourceIds.contains(source)) {
                fields.problem(path + ".source", "unknown source '" + source + "'");
            }
            if (measurements.put(key(a, b), new Measurement(rtt, source)) != null) {
                fields.problem(path, "duplicate measurement for " + a + " and " + b);
            }
        }
        if (!fields.problems().isEmpty()) {
            throw new CloudCatalogException(
                    "invalid latency table "
                            + resource
                            + ":\n  "
                            + String.join("\n  ", fields.problems()));
        }
        return new LatencyTable(measurements, sources);
    }

    /** Reads "provider/region" and checks the region id means one provider only. */
    private static String regionOf(
            JsonFields fields, JsonNode node, String field, String path, Map<String, String> seen) {
        String value = fields.text(node, field, path);
        String[] parts = value.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            fields.problem(path + "." + field, "expected provider/region, got '" + value + "'");
            return value;
        }
        String previous = seen.putIfAbsent(parts[1], parts[0]);
        if (previous != null && !previous.equals(parts[0])) {
            fields.problem(
                    path + "." + field,
                    "region id '"
                            + parts[1]
                            + "' is used by both "
                            + previous
                            + " and "
                            + parts[0]);
        }
        return parts[1];
    }

    private static List<Source> sources(JsonFields fields, JsonNode array) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = "$.sources[" + i + "]";
            sources.add(
                    new Source(
                            fields.text(node, "id", path),
                            fields.text(node, "title", path),
                            fields.text(node, "url", path),
                            fields.date(node, "retrieved", path),
                            fields.text(node, "note", path)));
        }
        return sources;
    }
}
