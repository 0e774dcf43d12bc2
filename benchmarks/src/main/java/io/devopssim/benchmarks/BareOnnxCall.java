package io.devopssim.benchmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.devopssim.ml.ModelMetadata;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: one row through ONNX Runtime's own API, with nothing of ours in between.
 *
 * <p>The session has one intra-op thread; the input tensor is made once over a direct buffer and
 * reused, so a call writes the row into native memory, runs the session and reads the output tensor
 * ONNX Runtime allocated, then closes the result.
 */
final class BareOnnxCall implements AutoCloseable {

    private final OrtSession session;
    private final FloatBuffer input;
    private final OnnxTensor inputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final Set<String> outputs;

    BareOnnxCall(byte[] onnx, ModelMetadata metadata) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            session = env.createSession(onnx, options);
        }
        input =
                ByteBuffer.allocateDirect(metadata.input().rowSize() * Float.BYTES)
                        .order(ByteOrder.nativeOrder())
                        .asFloatBuffer();
        inputTensor = OnnxTensor.createTensor(env, input, oneRow(metadata.input().shape()));
        inputs = Map.of(metadata.input().name(), inputTensor);
        outputs = Set.of(metadata.output().name());
    }

    /** Runs one row and returns its first output value. */
    float run(float[] row) throws OrtException {
        input.put(0, row);
        try (OrtSession.Result result = session.run(inputs, outputs)) {
            return ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
        }
    }

    /** Returns {@code shape} with a batch axis of one row. */
    private static long[] oneRow(long[] shape) {
        if (shape.length > 0 && shape[0] < 0) {
            shape[0] = 1;
        }
        return shape;
    }

    @Override
    public void close() throws OrtException {
        inputTensor.close();
        session.close();
    }
}
