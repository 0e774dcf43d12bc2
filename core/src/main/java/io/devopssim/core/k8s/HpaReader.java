package io.devopssim.core.k8s;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.internal.k8s.HpaSpecReader;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import java.util.List;
import java.util.Optional;

/** Reads an {@code autoscaling/v2} HorizontalPodAutoscaler that must target one Deployment. */
final class HpaReader {

    private HpaReader() {}

    static Optional<HpaSpec> read(Fields doc, Optional<String> deployment, List<String> warnings) {
        doc.ignore("apiVersion", "kind", "status");
        doc.object("metadata").ifPresent(HpaReader::metadata);
        Optional<HpaSpec> hpa = doc.object("spec").flatMap(s -> spec(s, deployment, warnings));
        doc.required("spec");
        doc.finish();
        return hpa;
    }

    private static void metadata(Fields metadata) {
        metadata.ignore("name");
        metadata.ignore(DeploymentReader.METADATA);
        metadata.finish();
    }

    private static Optional<HpaSpec> spec(
            Fields spec, Optional<String> deployment, List<String> warnings) {
        spec.object("scaleTargetRef").ifPresent(ref -> target(ref, deployment));
        spec.required("scaleTargetRef");
        Optional<HpaSpec> hpa = HpaSpecReader.read(spec, warnings);
        spec.finish();
        return hpa;
    }

    private static void target(Fields ref, Optional<String> deployment) {
        ref.string("apiVersion")
                .filter(v -> !v.equals("apps/v1"))
                .ifPresent(
                        v ->
                                ref.problems()
                                        .add(
                                                ref.pathOf("apiVersion"),
                                                "expected apps/v1, was " + Values.quoted(v)));
        ref.requiredString("kind")
                .filter(k -> !k.equals("Deployment"))
                .ifPresent(
                        k ->
                                ref.problems()
                                        .add(
                                                ref.pathOf("kind"),
                                                "expected Deployment, was " + Values.quoted(k)));
        Optional<String> name = ref.requiredString("name");
        if (name.isPresent() && deployment.isPresent() && !name.equals(deployment)) {
            ref.problems()
                    .add(
                            ref.pathOf("name"),
                            "must name the Deployment "
                                    + Values.quoted(deployment.get())
                                    + ", was "
                                    + Values.quoted(name.get()));
        }
        ref.finish();
    }
}
