package io.devopssim.core.failover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.devopssim.core.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FailoverPlanJsonTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode crd;
    private static JsonSchema schema;
    private static FailoverTopology world;
    private static FailoverPlan plan;

    @BeforeAll
    static void loadSchema() throws Exception {
        crd = YAML.readTree(FailoverPlanJson.customResourceDefinitionYaml());
        JsonNode openApi = crd.at("/spec/versions/0/schema/openAPIV3Schema");
        // Kubernetes' OpenAPI v3 schemas use the JSON Schema draft 4 keywords.
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(openApi);
        world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .build();
        plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));
    }

    private static Set<ValidationMessage> validate(JsonNode resource) {
        return schema.validate(resource);
    }

    private static ObjectNode resource() {
        return FailoverPlanJson.customResource(plan, Optional.empty());
    }

    @Test
    void customResource_generatedPlan_isValid() throws Exception {
        Verification v = FailoverPlanner.verify(world, plan, 1, 3);
        String yaml = FailoverPlanJson.customResourceYaml(plan, Optional.of(v));

        JsonNode parsed = YAML.readTree(yaml);

        assertThat(validate(parsed)).isEmpty();
        assertThat(parsed.path("apiVersion").asText()).isEqualTo("devopssim.io/v1alpha1");
        assertThat(parsed.path("kind").asText()).isEqualTo("FailoverPlan");
        assertThat(parsed.at("/metadata/name").asText()).isEqualTo("coasts-region-us-east-1");
        assertThat(parsed.at("/status/verification/runs").asInt()).isEqualTo(3);
        assertThat(parsed.at("/spec/expectations/rtoSeconds").asDouble())
                .isEqualTo(Math.round(plan.rtoSeconds() * 1000) / 1000.0);
    }

    @Test
    void customResource_everyPlanOfAWorld_isValid() {
        for (FailoverPlan p : FailoverPlanner.planAll(Worlds.twoClouds())) {
            assertThat(validate(FailoverPlanJson.customResource(p, Optional.empty())))
                    .as(p.failure().label())
                    .isEmpty();
        }
    }

    @Test
    void customResource_zoneWithoutReplicas_validWithNoSteps() throws Exception {
        FailoverTopology sparse = Worlds.sparseEast(Worlds.orders(0.07, false)).build();
        FailoverPlan empty = FailoverPlanner.plan(sparse, FailureScope.zone("us-east-1c"));

        JsonNode parsed =
                YAML.readTree(FailoverPlanJson.customResourceYaml(empty, Optional.empty()));

        assertThat(validate(parsed)).isEmpty();
        assertThat(parsed.at("/spec/steps").isArray()).isTrue();
        assertThat(parsed.at("/spec/steps")).isEmpty();
        assertThat(parsed.at("/spec/expectations/rtoSeconds").asDouble()).isZero();
    }

    @Test
    void customResource_missingRto_failsNamingTheField() {
        ObjectNode broken = resource();
        ((ObjectNode) broken.at("/spec/expectations")).remove("rtoSeconds");

        assertThat(messages(validate(broken))).anyMatch(m -> m.contains("rtoSeconds"));
    }

    @Test
    void customResource_negativeRto_fails() {
        ObjectNode broken = resource();
        ((ObjectNode) broken.at("/spec/expectations")).put("rtoSeconds", -1.0);

        assertThat(messages(validate(broken)))
                .anyMatch(m -> m.contains("rtoSeconds") && m.contains("minimum"));
    }

    @Test
    void customResource_unknownFailureKind_fails() {
        ObjectNode broken = resource();
        ((ObjectNode) broken.at("/spec/failure")).put("kind", "METEOR");

        assertThat(messages(validate(broken))).anyMatch(m -> m.contains("kind"));
    }

    @Test
    void customResource_negativeStepTimeOrMissingSpec_fails() {
        ObjectNode step = resource();
        ((ObjectNode) step.at("/spec/steps/0")).put("earliestSeconds", -0.5);
        ObjectNode noSpec = resource();
        noSpec.remove("spec");

        assertThat(validate(step)).isNotEmpty();
        assertThat(messages(validate(noSpec))).anyMatch(m -> m.contains("spec"));
    }

    @Test
    void crd_schemaIsStructural_everyNodeTyped() {
        List<String> untyped = new ArrayList<>();
        untypedNodes(crd.at("/spec/versions/0/schema/openAPIV3Schema"), "$", untyped);

        assertThat(untyped).isEmpty();
        assertThat(crd.path("apiVersion").asText()).isEqualTo("apiextensions.k8s.io/v1");
        assertThat(crd.at("/spec/group").asText() + "/" + crd.at("/spec/versions/0/name").asText())
                .isEqualTo(FailoverPlanJson.API_VERSION);
        assertThat(crd.at("/spec/names/kind").asText()).isEqualTo(FailoverPlanJson.KIND);
        assertThat(crd.at("/metadata/name").asText()).isEqualTo("failoverplans.devopssim.io");
    }

    @Test
    void json_samePlan_sameTextAndFixedFieldOrder() {
        FailoverPlan again = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        assertThat(FailoverPlanJson.json(again)).isEqualTo(FailoverPlanJson.json(plan));
        List<String> fields = new ArrayList<>();
        FailoverPlanJson.toJson(plan).fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "world",
                        "failure",
                        "steps",
                        "database",
                        "capacity",
                        "standby",
                        "expectations");
    }

    @Test
    void resourceName_longOrOddTargets_isADnsLabel() {
        FailoverPlan odd =
                new FailoverPlan(
                        "My World_With a very long name that goes on and on and on and on",
                        FailureScope.databasePrimary("PG.A"),
                        plan.steps(),
                        plan.database(),
                        plan.capacity(),
                        false,
                        1,
                        0,
                        0,
                        0,
                        0);

        assertThat(FailoverPlanJson.resourceName(odd))
                .matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")
                .hasSizeLessThanOrEqualTo(63);
    }

    private static List<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).toList();
    }

    private static void untypedNodes(JsonNode node, String path, List<String> out) {
        if (!node.has("type")) {
            out.add(path);
        }
        for (Map.Entry<String, JsonNode> e : node.path("properties").properties()) {
            untypedNodes(e.getValue(), path + "." + e.getKey(), out);
        }
        if (node.has("items")) {
            untypedNodes(node.get("items"), path + "[]", out);
        }
        if (node.has("properties") && node.has("additionalProperties")) {
            out.add(path + " (properties and additionalProperties)");
        }
    }
}
