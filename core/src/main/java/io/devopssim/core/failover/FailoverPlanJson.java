package io.devopssim.core.failover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes failover plans as JSON and as Kubernetes {@code FailoverPlan} custom resources.
 *
 * <p>Fields come in a fixed order (the order of the records' components) and numbers are rounded to
 * three decimals, so the same plan always gives the same text. The custom resource's {@code spec}
 * is the plan's JSON; its {@code status.verification} holds a verification when given. The
 * CustomResourceDefinition ({@value #CRD_RESOURCE}, {@link #customResourceDefinitionYaml()})
 * carries the structural OpenAPI v3 schema that validates both.
 */
public final class FailoverPlanJson {

    /** The custom resource's API group and version. */
    public static final String API_VERSION = "devopssim.io/v1alpha1";

    /** The custom resource's kind. */
    public static final String KIND = "FailoverPlan";

    /** The class-path resource holding the CustomResourceDefinition. */
    public static final String CRD_RESOURCE = "/io/devopssim/core/failover/failoverplan-crd.yaml";

    private static final int MAX_NAME = 63;
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML =
            new ObjectMapper(
                    YAMLFactory.builder()
                            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                            .build());

    private FailoverPlanJson() {}

    /**
     * Returns a plan as a JSON tree.
     *
     * @param plan the plan
     * @return a new tree, the custom resource's {@code spec}
     */
    public static ObjectNode toJson(FailoverPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode n = JSON.createObjectNode();
        n.put("world", plan.world());
        ObjectNode failure = n.putObject("failure");
        failure.put("kind", plan.failure().kind().name());
        failure.put("target", plan.failure().target());
        ArrayNode steps = n.putArray("steps");
        plan.steps().forEach(s -> step(steps.addObject(), s));
        database(n.putObject("database"), plan.database());
        ArrayNode capacity = n.putArray("capacity");
        plan.capacity().forEach(c -> capacity(capacity.addObject(), c));
        n.put("standby", plan.standby());
        ObjectNode e = n.putObject("expectations");
        e.put("rtoSeconds", round(plan.rtoSeconds()));
        e.put("rpoBytes", round(plan.rpoBytes()));
        e.put("rpoSeconds", round(plan.rpoSeconds()));
        e.put("requestsLost", round(plan.requestsLost()));
        e.put("standbyCostPerMonth", round(plan.standbyCostPerMonth()));
        return n;
    }

    /**
     * Returns a verification as a JSON tree.
     *
     * @param v the verification
     * @return a new tree, the custom resource's {@code status.verification}
     */
    public static ObjectNode toJson(Verification v) {
        Objects.requireNonNull(v, "verification");
        ObjectNode n = JSON.createObjectNode();
        n.put("runs", v.runs());
        n.put("agrees", v.agrees());
        ArrayNode differences = n.putArray("differences");
        v.differences().forEach(q -> differences.add(q.quantity().name()));
        ArrayNode quantities = n.putArray("quantities");
        for (QuantityCheck q : v.quantities()) {
            ObjectNode o = quantities.addObject();
            o.put("quantity", q.quantity().name());
            o.put("planned", round(q.planned()));
            o.put("simulatedMean", round(q.simulatedMean()));
            o.put("simulatedMin", round(q.simulatedMin()));
            o.put("simulatedMax", round(q.simulatedMax()));
            o.put("tolerance", round(q.tolerance()));
            o.put("agrees", q.agrees());
        }
        return n;
    }

    /**
     * Returns a plan as indented JSON text.
     *
     * @param plan the plan
     * @return the JSON
     */
    public static String json(FailoverPlan plan) {
        return write(JSON, toJson(plan));
    }

    /**
     * Returns a plan as a {@code FailoverPlan} custom resource tree.
     *
     * @param plan the plan
     * @param verification a verification for its status, or empty for none
     * @return a new tree with apiVersion, kind, metadata, spec and, if verified, status
     */
    public static ObjectNode customResource(
            FailoverPlan plan, Optional<Verification> verification) {
        Objects.requireNonNull(verification, "verification");
        ObjectNode n = JSON.createObjectNode();
        n.put("apiVersion", API_VERSION);
        n.put("kind", KIND);
        ObjectNode metadata = n.putObject("metadata");
        metadata.put("name", resourceName(plan));
        metadata.putObject("labels").put("devopssim.io/failure-kind", labelValue(plan));
        n.set("spec", toJson(plan));
        verification.ifPresent(v -> n.putObject("status").set("verification", toJson(v)));
        return n;
    }

    /**
     * Returns a plan as a {@code FailoverPlan} custom resource in YAML, for {@code kubectl apply}.
     *
     * @param plan the plan
     * @param verification a verification for its status, or empty for none
     * @return the YAML document
     */
    public static String customResourceYaml(
            FailoverPlan plan, Optional<Verification> verification) {
        return write(YAML, customResource(plan, verification));
    }

    /**
     * Returns the {@code FailoverPlan} CustomResourceDefinition, as shipped on the class path.
     *
     * @return the YAML document
     */
    public static String customResourceDefinitionYaml() {
        try (InputStream in = FailoverPlanJson.class.getResourceAsStream(CRD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + CRD_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CRD_RESOURCE, e);
        }
    }

    /**
     * Returns the resource name of a plan: world, failure kind and target as a DNS label.
     *
     * @param plan the plan
     * @return lower-case letters, digits and dashes, at most 63 characters
     */
    public static String resourceName(FailoverPlan plan) {
        String raw = plan.world() + "-" + labelValue(plan) + "-" + plan.failure().target();
        String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        name = name.replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "plan" : name;
    }

    private static String labelValue(FailoverPlan plan) {
        return plan.failure().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void step(ObjectNode o, PlanStep s) {
        o.put("step", s.step().name());
        o.put("expectedSeconds", round(s.expectedSeconds()));
        o.put("earliestSeconds", round(s.earliestSeconds()));
        o.put("latestSeconds", round(s.latestSeconds()));
        o.put("detail", s.detail());
    }

    private static void database(ObjectNode o, DatabaseAction d) {
        o.put("action", d.action().name());
        d.member().ifPresent(m -> o.put("member", m));
        o.put("region", d.region());
    }

    private static void capacity(ObjectNode o, CapacityChange c) {
        o.put("provider", c.provider());
        o.put("region", c.region());
        o.put("survivingReplicas", c.survivingReplicas());
        o.put("loadRps", round(c.loadRps()));
        o.put("peakLoadRps", round(c.peakLoadRps()));
        o.put("replicasToAdd", c.replicasToAdd());
        o.put("standbyCostPerMonth", round(c.standbyCostPerMonth()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String write(ObjectMapper mapper, ObjectNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
