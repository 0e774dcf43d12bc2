package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanFailoverCommandTest {

    private static final String SERVICE =
            "name: pair\nprovider: aws\nregion: us-east-1\n"
                    + "run: {seed: 3, step: 15s, duration: 4h}\n"
                    + "services:\n"
                    + "  - name: web\n    instanceType: m5.large\n    capacityRps: 25\n"
                    + "    load: {spike: {baseRps: 40, peakRps: 100, start: 2h, duration: 1h}}\n";
    private static final String PLACEMENTS =
            "    placements:\n"
                    + "      - {provider: aws, region: us-east-1, zones: [use1-az1, use1-az2],"
                    + " replicas: {min: 4, max: 4}}\n"
                    + "      - {provider: gcp, region: us-central1, zones: [us-central1-a],"
                    + " instanceType: n2-standard-2, replicas: {min: 2, max: 2}}\n"
                    + "traffic:\n  sources:\n"
                    + "    - {name: east, share: 0.8, location: {latitude: 40.7, longitude: -74}}\n"
                    + "    - {name: west, share: 0.2, location: {latitude: 37.8, longitude:"
                    + " -122.4}}\n"
                    + "  healthCheck: {interval: 30s, failureThreshold: 3}\n";
    private static final String DATABASE =
            "database:\n  writeBytesPerRequest: 1Ki\n  members:\n"
                    + "    - {name: pg-1, region: us-east-1, zone: use1-az1}\n"
                    + "    - {name: pg-2, region: us-central1, zone: us-central1-a,"
                    + " shippingDelay: 30ms}\n"
                    + "  walArchive: {databaseSize: 1Gi}\n";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path scenario(String text) throws IOException {
        Path file = tmp.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static JsonSchema crdSchema(Path crd) throws IOException {
        JsonNode openApi =
                YAML.readTree(crd.toFile()).at("/spec/versions/0/schema/openAPIV3Schema");
        assertThat(openApi.isMissingNode()).isFalse();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(openApi);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void planFailover_twoRegions_printsRankedTableAndWritesValidResources() throws IOException {
        Path plans = tmp.resolve("plans");

        int status =
                run(
                        "plan-failover",
                        scenario(SERVICE + PLACEMENTS + DATABASE).toString(),
                        "-o",
                        plans.toString());

        assertThat(status).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("failure", "RTO", "RPO", "lost", "add", "standby/month");
        List<String> lines = text.lines().toList();
        // Worst first: losing us-east-1 (80 % of the clients) loses the most requests.
        assertThat(lines.get(2)).startsWith("region us-east-1");
        assertThat(text).contains("region us-central1", "cloud gcp", "zone use1-az1");
        assertThat(text).contains("database primary pg-1");

        JsonSchema schema = crdSchema(plans.resolve("failoverplan-crd.yaml"));
        List<Path> resources = files(plans, ".yaml");
        List<Path> json = files(plans, ".json");
        assertThat(json).isNotEmpty();
        assertThat(resources).hasSize(json.size() + 1);
        for (Path r : resources) {
            if (r.endsWith("failoverplan-crd.yaml")) {
                continue;
            }
            JsonNode resource = YAML.readTree(r.toFile());
            assertThat(resource.get("kind").asText()).isEqualTo("FailoverPlan");
            assertThat(schema.validate(resource)).as(r.toString()).isEmpty();
        }
        JsonNode east =
                new ObjectMapper().readTree(plans.resolve("pair-region-us-east-1.json").toFile());
        assertThat(east.toString()).contains("us-central1").contains("PROMOTE");
    }

    @Test
    void planFailover_verify_printsPlannedAgainstSimulatedAndWritesStatus() throws IOException {
        Path plans = tmp.resolve("plans");

        int status =
                run(
                        "plan-failover",
                        scenario(SERVICE + PLACEMENTS + DATABASE).toString(),
                        "-o",
                        plans.toString(),
                        "--verify",
                        "3");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Verified over 3 seeds").contains("RTO s");
        JsonNode east = YAML.readTree(plans.resolve("pair-region-us-east-1.yaml").toFile());
        assertThat(east.at("/status/verification/runs").asInt()).isEqualTo(3);
        assertThat(crdSchema(plans.resolve("failoverplan-crd.yaml")).validate(east)).isEmpty();
    }

    @Test
    void planFailover_withoutDatabase_saysRpoIsNotPlanned() throws IOException {
        int status =
                run(
                        "plan-failover",
                        scenario(SERVICE + PLACEMENTS).toString(),
                        "-o",
                        tmp.resolve("plans").toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("no database in the scenario");
        assertThat(out.toString()).doesNotContain("database primary");
    }

    @Test
    void planFailover_singleRegion_explainsThatTwoRegionsAreNeeded() throws IOException {
        int status =
                run(
                        "plan-failover",
                        scenario(SERVICE).toString(),
                        "-o",
                        tmp.resolve("plans").toString());

        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("needs at least two regions");
        assertThat(tmp.resolve("plans")).doesNotExist();
    }

    @Test
    void planFailover_verifyZero_isRefused() throws IOException {
        int status =
                run(
                        "plan-failover",
                        scenario(SERVICE + PLACEMENTS).toString(),
                        "--verify",
                        "0",
                        "-o",
                        tmp.resolve("plans").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--verify").contains("was 0");
    }
}
