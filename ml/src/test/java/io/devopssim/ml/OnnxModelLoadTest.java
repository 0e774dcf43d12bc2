package io.devopssim.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.SimulationException;
import io.devopssim.ml.ModelMetadata.TensorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelLoadTest {

    private static final ModelMetadata LINEAR = TestModels.metadata("linear-a");

    private static ModelMetadata with(TensorSpec input, TensorSpec output) {
        int in = input.rowSize();
        int out = output.rowSize();
        List<String> features =
                java.util.stream.IntStream.range(0, in).mapToObj(i -> "f" + i).toList();
        return new ModelMetadata(
                LINEAR.name(),
                LINEAR.version(),
                LINEAR.description(),
                LINEAR.trainedOn(),
                input,
                output,
                features,
                LINEAR.window(),
                LINEAR.normalisation(),
                List.of(new float[in]),
                List.of(new float[out]));
    }

    private static TensorSpec spec(String name, long... shape) {
        return new TensorSpec(name, shape);
    }

    private static ModelLoadException refused(byte[] onnx, ModelMetadata metadata) {
        try (OnnxModel model = OnnxModel.open(onnx, metadata, 1)) {
            throw new AssertionError("expected the model to be refused, got " + model);
        } catch (ModelLoadException e) {
            return e;
        }
    }

    @Test
    void open_wrongInputName_namesTheRealInputs() {
        ModelLoadException e =
                refused(TestModels.onnx("linear-a"), with(spec("x", -1, 4), spec("output", -1, 3)));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage())
                .contains(
                        "input.name: \"x\" is not an input of the model; it has [input[batch, 4]"
                                + " FLOAT]");
    }

    @Test
    void open_wrongShapes_reportsInputAndOutputAtOnce() {
        ModelLoadException e =
                refused(
                        TestModels.onnx("linear-a"),
                        with(spec("input", -1, 5), spec("output", -1, 2, 1)));

        assertThat(e.getMessage())
                .contains(
                        "input.shape: the metadata declares [-1, 5] but the model has [batch, 4];"
                                + " they differ at dimension 1")
                .contains(
                        "output.shape: the metadata declares [-1, 2, 1] but the model has"
                                + " [batch, 3]; expected the same number of dimensions");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void open_fixedBatchInMetadataButDynamicInModel_isRefused() {
        ModelLoadException e =
                refused(
                        TestModels.onnx("linear-a"),
                        with(spec("input", 1, 4), spec("output", 1, 3)));

        assertThat(e.getMessage()).contains("dimension 0 is symbolic in the model");
    }

    @Test
    void open_wrongOutputName_isRefused() {
        ModelLoadException e =
                refused(TestModels.onnx("linear-a"), with(spec("input", -1, 4), spec("y", -1, 3)));

        assertThat(e.getMessage()).contains("output.name: \"y\" is not a output");
    }

    @Test
    void open_float64Input_isRefused() {
        ModelLoadException e =
                refused(TestModels.onnx("double-input"), TestModels.metadata("double-input"));

        assertThat(e.getMessage())
                .contains(
                        "input: \"input\" holds DOUBLE in the model;"
                                + " expected FLOAT (float32)");
    }

    @Test
    void open_symbolicFeatureAxis_isRefused() {
        ModelLoadException e =
                refused(
                        TestModels.onnx("symbolic-features"),
                        TestModels.metadata("symbolic-features"));

        assertThat(e.getMessage())
                .contains(
                        "the metadata declares [-1, 4] but the model has [batch, features];"
                                + " dimension 1 is symbolic in the model");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void open_randomBytes_isALoadErrorNotACrash() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        ModelLoadException e = refused(noise, LINEAR);

        assertThat(e.getMessage())
                .startsWith("model linear-a: not a valid ONNX model (")
                .contains(
                        "expected the ONNX model linear-a with input input[-1, 4] and output"
                                + " output[-1, 3]");
        assertThat(e).hasCauseInstanceOf(ai.onnxruntime.OrtException.class);
    }

    @Test
    void open_everyTruncation_isALoadErrorNotACrash() {
        byte[] whole = TestModels.onnx("linear-a");
        for (int length = 1; length < whole.length; length += 3) {
            byte[] cut = Arrays.copyOf(whole, length);
            try (OnnxModel model = OnnxModel.open(cut, LINEAR, 1)) {
                throw new AssertionError(length + " bytes opened as " + model);
            } catch (ModelLoadException e) {
                assertThat(e.getMessage()).as("%s bytes", length).startsWith("model linear-a: ");
            }
        }
    }

    @Test
    void open_missingFile_namesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("model.onnx");

        assertThatThrownBy(() -> OnnxModel.open(missing, LINEAR, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(missing + ": no such file; expected the ONNX model linear-a");
    }

    @Test
    void open_emptyFile_namesThePath(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("model.onnx"));

        assertThatThrownBy(() -> OnnxModel.open(empty, LINEAR, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(empty + ": empty file; expected the ONNX model linear-a");
    }

    @Test
    void open_truncatedFileOnDisk_namesThePath(@TempDir Path dir) throws IOException {
        byte[] whole = TestModels.onnx("linear-a");
        Path file = Files.write(dir.resolve("model.onnx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> OnnxModel.open(file, LINEAR, 1))
                .isInstanceOf(ModelLoadException.class)
                .isInstanceOf(SimulationException.class)
                .hasMessageStartingWith(file + ": not a valid ONNX model");
    }

    @Test
    void open_fromFile_predicts() {
        Path file = TestModels.folder().resolve("linear-a").resolve("model.onnx");
        try (OnnxModel model = OnnxModel.open(file, LINEAR, 1)) {
            float[] scores = new float[3];
            model.predict(new float[] {1, 1, 1, 1}, scores);
            assertThat(scores).containsExactly(TestModels.linear(new float[] {1, 1, 1, 1}, 1));
        }
    }

    @Test
    void open_zeroThreads_isMisuse() {
        assertThatThrownBy(() -> OnnxModel.open(TestModels.onnx("linear-a"), LINEAR, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intraOpThreads is 0");
    }
}
