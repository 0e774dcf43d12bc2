package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @Test
    void directory_testModelsFolder_listsEveryModelFolderSorted() {
        ModelRegistry registry = ModelRegistry.directory(TestModels.folder());

        assertThat(registry.names())
                .containsExactly(
                        "double-input",
                        "linear-a",
                        "linear-b",
                        "symbolic-features",
                        "two-outputs",
                        "window-sum");
    }

    @Test
    void directory_open_predictsLikeTheClassPathModel() {
        ModelRegistry registry = ModelRegistry.directory(TestModels.folder());
        try (OnnxModel model = registry.open("linear-b", 2)) {
            float[] x = {0.5f, -1, 2, 8};
            float[] scores = new float[3];
            model.predict(x, scores);
            assertThat(scores).containsExactly(TestModels.linear(x, -0.5f));
        }
    }

    @Test
    void open_unknownName_namesTheMissingFile() {
        assertThatThrownBy(() -> TestModels.registry().open("no-such-model"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("no-such-model/model.json")
                .hasMessageContaining("not found");
    }

    @Test
    void open_nameWithPathSeparator_isRefused() {
        assertThatThrownBy(() -> TestModels.registry().open("../linear-a"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is not a model name");
    }

    @Test
    void directory_notAFolder_isRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelRegistry.directory(dir.resolve("missing")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void open_metadataNameDiffersFromFolder_isRefused(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("renamed"));
        Files.write(folder.resolve("model.onnx"), TestModels.onnx("linear-a"));
        Files.copy(
                TestModels.folder().resolve("linear-a/model.json"), folder.resolve("model.json"));

        assertThatThrownBy(() -> ModelRegistry.directory(dir).open("renamed"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("name is \"linear-a\"; expected \"renamed\"");
    }

    @Test
    void bundled_index_isReadable() {
        assertThat(ModelRegistry.bundled().names()).doesNotContainNull();
    }

    @Test
    void open_featureCountDiffersFromModel_namesTheField(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("linear-a"));
        Files.write(folder.resolve("model.onnx"), TestModels.onnx("linear-a"));
        String json = Files.readString(TestModels.folder().resolve("linear-a/model.json"));
        Files.writeString(folder.resolve("model.json"), json.replace("\"d\"\n", "\"d\", \"e\"\n"));

        assertThatThrownBy(() -> ModelRegistry.directory(dir).open("linear-a"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(folder.resolve("model.json").toString())
                .hasMessageContaining("features: 5 names; expected 4");
    }

    @Test
    void open_missingOnnxNextToMetadata_namesTheMissingFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("linear-a"));
        Files.copy(
                TestModels.folder().resolve("linear-a/model.json"), folder.resolve("model.json"));

        assertThatThrownBy(() -> ModelRegistry.directory(dir).open("linear-a"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(
                        folder.resolve("model.onnx")
                                + ": not found; expected the model.onnx of model \"linear-a\" in"
                                + " folder "
                                + dir);
    }

    @Test
    void parseIndex_badAndDuplicateNames_reportsEveryLine() {
        assertThatThrownBy(
                        () ->
                                ResourceModels.parseIndex(
                                        "index.txt",
                                        List.of("# models", "", "a-model", "Bad Name", "a-model")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("line 4: \"Bad Name\" is not a model name")
                .hasMessageContaining("line 5: \"a-model\" is listed twice");
    }

    @Test
    void parseIndex_commentsAndBlankLines_areSkipped() {
        assertThat(ResourceModels.parseIndex("index.txt", List.of("# c", " x ", "", "y")))
                .containsExactly("x", "y");
    }

    @Test
    void verify_wrongReferenceOutputs_reportsTheWorstValue() {
        ModelMetadata good = TestModels.metadata("linear-a");
        List<float[]> outputs = good.referenceOutputs();
        outputs.get(1)[2] += 0.5f;
        ModelMetadata bad =
                new ModelMetadata(
                        good.name(),
                        good.version(),
                        good.description(),
                        good.trainedOn(),
                        good.input(),
                        good.output(),
                        good.features(),
                        good.window(),
                        good.normalisation(),
                        good.referenceInputs(),
                        outputs);

        try (OnnxModel model = OnnxModel.open(TestModels.onnx("linear-a"), bad, 1)) {
            ReferenceCheck check = model.verifyReference();

            assertThat(check.passed()).isFalse();
            assertThat(check.worstRow()).isEqualTo(1);
            assertThat(check.worstIndex()).isEqualTo(2);
            assertThat(check.actual() - check.expected()).isEqualTo(-0.5f);
            assertThat(check.toString()).contains("DIFFERS FROM its 3 reference rows");
        }
    }
}
