package io.devopssim.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The small models written by {@code ml/training/test-models/make_test_models.py}, with their
 * weights repeated here so that tests compute the expected outputs independently.
 */
final class TestModels {

    static final String ROOT = "io/devopssim/ml/testmodels";

    /** The weights of {@code linear-a}: 4 inputs by 3 outputs. */
    private static final float[][] W = {
        {1, -2, 3}, {0.5f, 0.25f, -1}, {-0.125f, 2, 1.5f}, {4, -0.5f, 0.75f}
    };

    private static final float[] B = {0.5f, -1, 0.125f};

    private TestModels() {}

    static ModelRegistry registry() {
        return ModelRegistry.resources(TestModels.class.getClassLoader(), ROOT);
    }

    /** Returns the folder of the test models on disk, for the folder registry. */
    static Path folder() {
        try {
            return Path.of(TestModels.class.getClassLoader().getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelMetadata metadata(String name) {
        try (InputStream in = resource(name + "/model.json")) {
            return ModelMetadata.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] onnx(String name) {
        try (InputStream in = resource(name + "/model.onnx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns {@code x W + b} with the weights of {@code linear-a} scaled by {@code scale} (1 for
     * {@code linear-a}, -0.5 for {@code linear-b}), summed in float like the model.
     */
    static float[] linear(float[] x, float scale) {
        float[] y = new float[3];
        for (int j = 0; j < 3; j++) {
            float sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += x[i] * (W[i][j] * scale);
            }
            y[j] = sum + B[j] * scale;
        }
        return y;
    }

    /**
     * Returns a row whose values are multiples of 1/4 below 64 in magnitude, so that {@link
     * #linear} is exact in float whatever the order of the additions.
     */
    static float[] row(long seed) {
        float[] x = new float[4];
        long s = seed * 6364136223846793005L + 1442695040888963407L;
        for (int i = 0; i < 4; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            x[i] = ((int) (s >>> 40) % 256 - 128) / 4f;
        }
        return x;
    }

    private static InputStream resource(String file) {
        InputStream in = TestModels.class.getClassLoader().getResourceAsStream(ROOT + "/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + file);
        }
        return in;
    }
}
