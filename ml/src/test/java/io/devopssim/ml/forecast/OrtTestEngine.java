package io.devopssim.ml.forecast;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.inference.InferenceEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** A plain ONNX Runtime engine on the shipped model, for tests of the forecaster alone. */
final class OrtTestEngine implements InferenceEngine {

    static final String FOLDER = "/io/devopssim/ml/models/load-forecaster/";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int inputs;
    private final int outputs;

    OrtTestEngine(int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
        try (InputStream in = OrtTestEngine.class.getResourceAsStream(FOLDER + "model.onnx")) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            session = env.createSession(in.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode metadata() {
        try (InputStream in = OrtTestEngine.class.getResourceAsStream(FOLDER + "model.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadForecastModel shippedModel() {
        JsonNode meta = metadata();
        List<String> features = new ArrayList<>();
        meta.path("features").forEach(f -> features.add(f.asText()));
        return LoadForecastModel.of(
                new OrtTestEngine(features.size(), 3),
                features,
                OptionalInt.of(meta.path("window").asInt()),
                meta.path("normalisation"));
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return outputs;
    }

    @Override
    public void predict(float[] features, float[] scores) {
        predictBatch(features, 1, scores);
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        long[] shape = {rows, inputs};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(features), shape);
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[][] out = (float[][]) result.get(0).getValue();
            for (int r = 0; r < rows; r++) {
                System.arraycopy(out[r], 0, scores, r * outputs, outputs);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
