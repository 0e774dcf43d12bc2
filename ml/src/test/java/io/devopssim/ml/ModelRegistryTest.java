package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @Test
    void directory_testModelsFolder_listsEveryModelFolderSorted() {
        ModelRegistry registry = ModelRegistry.directory(TestModels.folder());

        assertThat(registry.names())
                .containsExactly(
                        "double-input", "linear-a", "linear-b", "symbolic-features", "window-sum");
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
}
