package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.ml.ModelMetadata.TensorSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMetadataTest {

    private static final String VALID =
            """
            { "name": "m", "version": "1.0.0", "description": "d", "trainedOn": "t",
              "input":  {"name": "input",  "shape": [-1, 2, 2]},
              "output": {"name": "output", "shape": [-1, 1]},
              "features": ["a0", "b0", "a1", "b1"],
              "window": 2,
              "normalisation": {"mean": 3.5},
              "training": {"seed": 7, "metrics": {"mae": 0.1}},
              "reference": {"inputs": [[1, 2, 3, 4.5]], "outputs": [[0.25]]} }
            """;

    private static ModelMetadata read(String json) {
        return ModelMetadata.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static List<String> problems(String json) {
        try {
            read(json);
        } catch (ModelLoadException e) {
            assertThat(e.source()).isEqualTo("test.json");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected a ModelLoadException for " + json);
    }

    @Test
    void read_validFile_returnsEveryField() {
        ModelMetadata m = read(VALID);

        assertThat(m.name()).isEqualTo("m");
        assertThat(m.input()).isEqualTo(new TensorSpec("input", new long[] {-1, 2, 2}));
        assertThat(m.input().rowSize()).isEqualTo(4);
        assertThat(m.output().rowSize()).isEqualTo(1);
        assertThat(m.features()).containsExactly("a0", "b0", "a1", "b1");
        assertThat(m.window()).isEqualTo(OptionalInt.of(2));
        assertThat(m.normalisation().get("mean").asDouble()).isEqualTo(3.5);
        assertThat(m.referenceInputs()).singleElement().isEqualTo(new float[] {1, 2, 3, 4.5f});
        assertThat(m.referenceOutputs()).singleElement().isEqualTo(new float[] {0.25f});
        assertThat(m.batched()).isTrue();
    }

    @Test
    void read_withoutOptionalFields_givesEmptyWindowAndNormalisation() {
        ModelMetadata m =
                read(
                        VALID.replace("\"window\": 2,", "")
                                .replace("\"normalisation\": {\"mean\": 3.5},", "")
                                .replace(
                                        "\"training\": {\"seed\": 7, \"metrics\": {\"mae\": 0.1}},",
                                        ""));

        assertThat(m.window()).isEmpty();
        assertThat(m.normalisation().isObject()).isTrue();
        assertThat(m.normalisation().isEmpty()).isTrue();
    }

    @Test
    void read_unknownKey_namesTheKey() {
        assertThat(problems(VALID.replace("\"window\"", "\"windw\"")))
                .singleElement()
                .asString()
                .startsWith("windw: unknown key; expected one of [description");
    }

    @Test
    void read_emptyObject_reportsEveryMissingFieldAtOnce() {
        assertThat(problems("{}"))
                .containsExactly(
                        "name: missing; expected a non-empty string",
                        "version: missing; expected a non-empty string",
                        "description: missing; expected a non-empty string",
                        "trainedOn: missing; expected a non-empty string",
                        "input: missing; expected an object with \"name\" and \"shape\"",
                        "output: missing; expected an object with \"name\" and \"shape\"",
                        "features: missing; expected an array of feature names in input order",
                        "reference: missing; expected an object with \"inputs\" and \"outputs\"");
    }

    @Test
    void read_wrongTypes_nameFieldValueAndExpectation() {
        String json =
                VALID.replace("\"version\": \"1.0.0\"", "\"version\": 1")
                        .replace("\"window\": 2", "\"window\": -3")
                        .replace("[-1, 1]", "\"one\"")
                        .replace("\"a1\"", "17")
                        .replace("\"normalisation\": {\"mean\": 3.5}", "\"normalisation\": [1]");

        assertThat(problems(json))
                .containsExactly(
                        "version: 1; expected a non-empty string",
                        "output.shape: \"one\"; expected an array of positive integers, -1"
                                + " allowed first (batch)",
                        "features[2]: 17; expected a non-empty string",
                        "window: -3; expected a positive integer",
                        "normalisation: [1]; expected an object");
    }

    @Test
    void read_nanAndHugeReferenceValues_nameTheirPositions() {
        String json = VALID.replace("[[1, 2, 3, 4.5]]", "[[1, NaN, 3, 1e39]]");

        assertThat(problems(json))
                .containsExactly(
                        "reference.inputs[0][1]: NaN; expected a finite float32 number",
                        "reference.inputs[0][3]: 1.0E39; expected a finite float32 number");
    }

    @Test
    void read_featureCountAndRowLengthsWrong_reportsAllAtOnce() {
        String json =
                VALID.replace("\"a1\", \"b1\"", "\"a1\"")
                        .replace("[[1, 2, 3, 4.5]]", "[[1, 2, 3], [1, 2, 3, 4]]");

        assertThat(problems(json))
                .containsExactly(
                        "features: 3 names; expected 4, the product of the input's non-batch"
                                + " dimensions [-1, 2, 2]",
                        "reference.outputs: 1 rows; expected as many as reference.inputs, 2",
                        "reference.inputs[0]: 3 values; expected 4");
    }

    @Test
    void read_badShapes_areRefused() {
        String json = VALID.replace("[-1, 2, 2]", "[2, -1, 2]").replace("[-1, 1]", "[]");

        assertThat(problems(json))
                .containsExactly(
                        "input.shape: [2, -1, 2]; expected positive dimensions, -1 allowed only"
                                + " first (batch)",
                        "output.shape: []; expected at least one dimension");
    }

    @Test
    void read_duplicateFeatureAndMismatchedBatchAxes_areRefused() {
        String json = VALID.replace("\"b1\"", "\"a0\"").replace("[-1, 1]", "[1, 1]");

        assertThat(problems(json))
                .containsExactly(
                        "output.shape: [1, 1]; expected a batch axis (-1 first) exactly when the"
                                + " input has one, input shape [-1, 2, 2]",
                        "features: \"a0\" appears twice");
    }

    @Test
    void read_malformedJson_givesLineAndColumn() {
        assertThatThrownBy(() -> read("{\n  \"name\": \"m\",,\n}"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("test.json: not valid JSON at line 2, column");
    }

    @Test
    void read_duplicateKey_isRefused() {
        assertThatThrownBy(
                        () -> read(VALID.replace("\"window\": 2", "\"window\": 2, \"window\": 3")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Duplicate field 'window'");
    }

    @Test
    void read_emptyOrNonObject_isRefused() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage("test.json: empty file; expected a JSON object");
        assertThatThrownBy(() -> read("[1, 2]"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage("test.json: found [1,2]; expected a JSON object");
    }

    @Test
    void readPath_shippedTestModel_matchesClassPathCopy() {
        ModelMetadata m = ModelMetadata.read(TestModels.folder().resolve("linear-a/model.json"));

        assertThat(m.input()).isEqualTo(TestModels.metadata("linear-a").input());
        assertThat(m.normalisation().get("std").size()).isEqualTo(4);
    }

    @Test
    void readPath_missingFile_namesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("model.json");

        assertThatThrownBy(() -> ModelMetadata.read(missing))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(missing + ": no such file; expected model metadata");
    }

    @Test
    void constructor_inconsistentParts_throwsIllegalArgument() {
        TensorSpec in = new TensorSpec("input", new long[] {-1, 2});
        TensorSpec out = new TensorSpec("output", new long[] {-1, 1});

        assertThatThrownBy(
                        () ->
                                new ModelMetadata(
                                        "m",
                                        "1",
                                        "d",
                                        "t",
                                        in,
                                        out,
                                        List.of("a"),
                                        OptionalInt.empty(),
                                        JsonNodeFactory.instance.objectNode(),
                                        List.of(new float[] {1, Float.NaN}),
                                        List.of(new float[] {1})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features: 1 names; expected 2")
                .hasMessageContaining("reference.inputs[0][1]: NaN");
    }

    @Test
    void accessors_returnCopies_soMetadataStaysUnchanged() {
        ModelMetadata m = read(VALID);
        m.referenceInputs().get(0)[0] = 99;
        m.input().shape()[1] = 99;

        assertThat(m.referenceInputs().get(0)[0]).isEqualTo(1);
        assertThat(m.input().shape()[1]).isEqualTo(2);
    }
}
