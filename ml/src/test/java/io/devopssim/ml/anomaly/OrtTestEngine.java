package io.devopssim.ml.anomaly;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.devopssim.core.inference.InferenceEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.Map;

/** A minimal InferenceEngine on ONNX Runtime for tests, one row at a time. */
final class OrtTestEngine implements InferenceEngine {

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int inputSize;

    OrtTestEngine(String resource, int inputSize) {
        this.inputSize = inputSize;
        try (InputStream in = OrtTestEngine.class.getResourceAsStream(resource)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            session = environment.createSession(in.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public void predict(float[] features, float[] scores) {
        long[] shape = {1, inputSize, 1};
        try (OnnxTensor tensor =
                        OnnxTensor.createTensor(environment, FloatBuffer.wrap(features), shape);
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            scores[0] = ((float[][]) result.get(0).getValue())[0][0];
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        throw new UnsupportedOperationException("not needed by the detector");
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
