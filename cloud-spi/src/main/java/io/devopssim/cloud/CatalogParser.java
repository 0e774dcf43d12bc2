package io.devopssim.cloud;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses and validates a provider catalogue, reporting every problem with its JSON path. */
final class CatalogParser {

    static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern RESOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonFields fields = new JsonFields();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> regionIds = new HashSet<>();

    private CatalogParser() {}

    static Catalog parse(String resourceName, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new CloudCatalogException(
                    "cloud catalogue "
                            + resourceName
                            + " is not valid JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new CloudCatalogException(
                    "cloud catalogue " + resourceName + ": $: expected a JSON object");
        }
        CatalogParser parser = new CatalogParser();
        Catalog catalog = parser.catalog(root);
        parser.failIfProblems(resourceName);
        return catalog;
    }

    private Catalog catalog(JsonNode root) {
        List<Source> sources = sources(fields.array(root, "sources", "$"));
        String id = fields.id(root, "provider", "$", PROVIDER_ID);
        String displayName = fields.text(root, "displayName", "$");
        Billing billing = billing(fields.object(root, "billing", "$"), "$.billing");
        BootTime bootTime = bootTime(fields.object(root, "bootTime", "$"), "$.bootTime");
        DataTransfer transfer =
                transfer(fields.object(root, "dataTransfer", "$"), "$.dataTransfer");
        List<Region> regions = regions(fields.array(root, "regions", "$"));
        List<InstanceType> types = instanceTypes(fields.array(root, "instanceTypes", "$"));
        return new Catalog(id, displayName, sources, billing, bootTime, transfer, regions, types);
    }

    private void failIfProblems(String resourceName) {
        List<String> problems = fields.problems();
        if (!problems.isEmpty()) {
            throw new CloudCatalogException(
                    "invalid cloud catalogue "
                            + resourceName
                            + ", "
                            + problems.size()
                            + " problem(s):\n  "
                            + problems.stream().collect(Collectors.joining("\n  ")));
        }
    }

    private List<Source> sources(JsonNode array) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = "$.sources[" + i + "]";
            String id = fields.id(node, "id", path, RESOURCE_ID);
            if (!id.isEmpty() && !sourceIds.add(id)) {
                fields.problem(path + ".id", "duplicate source id '" + id + "'");
            }
            String url = fields.text(node, "url", path);
            if (!url.isEmpty() && !url.startsWith("https://")) {
                fields.problem(path + ".url", "expected an https:// URL, got '" + url + "'");
            }
            sources.add(
                    new Source(
                            id,
                            fields.text(node, "title", path),
                            url,
                            fields.date(node, "retrieved", path),
                            fields.text(node, "note", path)));
        }
        if (sources.isEmpty()) {
            fields.problem("$.sources", "expected at least one source");
        }
        return sources;
    }

    private String sourceRef(JsonNode node, String path) {
        String id = fields.text(node, "source", path);
        if (!id.isEmpty() && !sourceIds.contains(id)) {
            fields.problem(
                    path + ".source",
                    "unknown source '" + id + "'; declared sources: " + sourceIds);
        }
        return id;
    }

    private Billing billing(JsonNode node, String path) {
        long granularity = fields.wholeNumber(node, "granularitySeconds", path, 1);
        long minimum = fields.wholeNumber(node, "minimumSeconds", path, 0);
        return new Billing(granularity, minimum, sourceRef(node, path));
    }

    private BootTime bootTime(JsonNode node, String path) {
        double median = fields.positive(node, "medianSeconds", path);
        double p90 = fields.positive(node, "p90Seconds", path);
        if (p90 < median) {
            fields.problem(
                    path + ".p90Seconds",
                    "expected at least medianSeconds (" + median + "), got " + p90);
        }
        return new BootTime(
                median, p90, sourceRef(node, path), fields.bool(node, "estimate", path));
    }

    private DataTransfer transfer(JsonNode node, String path) {
        double egress = fields.number(node, "internetEgressPerGiB", path, 0, 1000);
        double interRegion = fields.number(node, "interRegionPerGiB", path, 0, 1000);
        return new DataTransfer(
                egress, interRegion, sourceRef(node, path), fields.bool(node, "estimate", path));
    }

    private List<Region> regions(JsonNode array) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            regions.add(region(array.get(i), "$.regions[" + i + "]"));
        }
        if (regions.isEmpty()) {
            fields.problem("$.regions", "expected at least one region");
        }
        return regions;
    }

    private Region region(JsonNode node, String path) {
        String id = fields.id(node, "id", path, RESOURCE_ID);
        if (!id.isEmpty() && !regionIds.add(id)) {
            fields.problem(path + ".id", "duplicate region id '" + id + "'");
        }
        String displayName = fields.text(node, "displayName", path);
        double latitude = fields.number(node, "latitude", path, -90, 90);
        double longitude = fields.number(node, "longitude", path, -180, 180);
        sourceRef(node, path);
        return new Region(id, displayName, latitude, longitude, zones(node, path));
    }

    private List<String> zones(JsonNode node, String path) {
        JsonNode array = fields.array(node, "zones", path);
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode zone = array.get(i);
            String where = path + ".zones[" + i + "]";
            if (!zone.isTextual() || !RESOURCE_ID.matcher(zone.asText()).matches()) {
                fields.problem(
                        where, "expected a zone id matching " + RESOURCE_ID + ", got " + zone);
            } else if (zones.contains(zone.asText())) {
                fields.problem(where, "duplicate zone id " + zone);
            } else {
                zones.add(zone.asText());
            }
        }
        if (array.isEmpty()) {
            fields.problem(path + ".zones", "expected at least one zone");
        }
        return zones;
    }

    private List<InstanceType> instanceTypes(JsonNode array) {
        List<InstanceType> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.instanceTypes[" + i + "]";
            InstanceType type = instanceType(array.get(i), path);
            if (!type.id().isEmpty() && !ids.add(type.id())) {
                fields.problem(path + ".id", "duplicate instance type id '" + type.id() + "'");
            }
            types.add(type);
        }
        return types;
    }

    private InstanceType instanceType(JsonNode node, String path) {
        String id = fields.id(node, "id", path, RESOURCE_ID);
        String family = fields.text(node, "family", path);
        String categoryId = fields.text(node, "category", path);
        Category category = Category.fromId(categoryId).orElse(Category.GENERAL_PURPOSE);
        if (!categoryId.isEmpty() && Category.fromId(categoryId).isEmpty()) {
            fields.problem(
                    path + ".category",
                    "expected one of " + categoryIds() + ", got '" + categoryId + "'");
        }
        int vcpus = (int) fields.wholeNumber(node, "vcpus", path, 1);
        double memory = fields.positive(node, "memoryGiB", path);
        String architecture = fields.text(node, "architecture", path);
        Map<String, Price> prices = prices(fields.object(node, "prices", path), path + ".prices");
        return new InstanceType(id, family, category, vcpus, memory, architecture, prices);
    }

    private Map<String, Price> prices(JsonNode node, String path) {
        Map<String, Price> prices = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = path + "." + entry.getKey();
            if (!regionIds.contains(entry.getKey())) {
                fields.problem(
                        where, "unknown region '" + entry.getKey() + "'; regions: " + regionIds);
            }
            prices.put(entry.getKey(), price(entry.getValue(), where));
        }
        if (prices.isEmpty()) {
            fields.problem(path, "expected a price in at least one region");
        }
        return prices;
    }

    private Price price(JsonNode node, String path) {
        double onDemand = fields.positive(node, "onDemand", path);
        return new Price(
                onDemand,
                fields.optionalPositive(node, "spot", path),
                sourceRef(node, path),
                fields.bool(node, "estimate", path));
    }

    private static List<String> categoryIds() {
        return Arrays.stream(Category.values()).map(Category::id).toList();
    }
}
