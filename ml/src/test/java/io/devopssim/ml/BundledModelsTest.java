package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every model shipped in the jar: it opens, matches its metadata, and reproduces its
 * reference outputs within {@link ReferenceCheck#TOLERANCE} (absolute up to 1, relative above).
 */
class BundledModelsTest {

    static List<String> bundledNames() {
        return ModelRegistry.bundled().names();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("bundledNames")
    void bundledModel_referenceInputs_giveReferenceOutputs(String name) {
        ReferenceCheck check = ModelRegistry.bundled().verify(name);

        assertThat(check.passed()).as(check.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("bundledNames")
    void bundledModel_batchOfReferences_equalsSinglePredictions(String name) {
        try (OnnxModel model = ModelRegistry.bundled().open(name)) {
            List<float[]> inputs = model.metadata().referenceInputs();
            int rows = inputs.size();
            float[] features = new float[rows * model.inputSize()];
            float[] single = new float[rows * model.outputSize()];
            float[] scores = new float[model.outputSize()];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(
                        inputs.get(r), 0, features, r * model.inputSize(), model.inputSize());
                model.predict(inputs.get(r), scores);
                System.arraycopy(scores, 0, single, r * model.outputSize(), model.outputSize());
            }
            float[] batch = new float[rows * model.outputSize()];
            model.predictBatch(features, rows, batch);

            assertThat(batch).containsExactly(single);
        }
    }

    @Test
    void index_listsOnlyModelsThatHaveBothFiles() {
        for (String name : bundledNames()) {
            String folder = "io/devopssim/ml/models/" + name + "/";
            assertThat(getClass().getClassLoader().getResource(folder + "model.onnx"))
                    .as(name)
                    .isNotNull();
            assertThat(getClass().getClassLoader().getResource(folder + "model.json"))
                    .as(name)
                    .isNotNull();
        }
    }

    @Test
    void testRegistry_sameCheck_passesForEveryIndexedTestModel() {
        ModelRegistry registry = TestModels.registry();

        assertThat(registry.names())
                .containsExactly("linear-a", "linear-b", "window-sum", "two-outputs");
        for (String name : registry.names()) {
            ReferenceCheck check = registry.verify(name);
            assertThat(check.passed()).as(check.toString()).isTrue();
        }
    }
}
