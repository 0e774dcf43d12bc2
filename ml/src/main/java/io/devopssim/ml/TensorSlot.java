package io.devopssim.ml;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Input and output tensors for a fixed number of rows, over direct buffers that are reused.
 *
 * <p>ONNX Runtime wraps a direct, native-order buffer without copying, so writing the features into
 * {@link #input} changes what the next run reads, and a run with the output pinned writes its
 * scores straight into {@link #output}. A slot belongs to one thread at a time.
 */
final class TensorSlot implements AutoCloseable {

    private final int rows;
    private final FloatBuffer input;
    private final FloatBuffer output;
    private final OnnxTensor inputTensor;
    private final OnnxTensor outputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final Map<String, OnnxTensor> outputs;

    private TensorSlot(
            int rows,
            FloatBuffer input,
            FloatBuffer output,
            OnnxTensor in,
            OnnxTensor out,
            ModelMetadata metadata) {
        this.rows = rows;
        this.input = input;
        this.output = output;
        this.inputTensor = in;
        this.outputTensor = out;
        this.inputs = Map.of(metadata.input().name(), in);
        this.outputs = Map.of(metadata.output().name(), out);
    }

    static TensorSlot create(OrtEnvironment env, ModelMetadata metadata, int rows)
            throws OrtException {
        FloatBuffer input = direct(rows * metadata.input().rowSize());
        FloatBuffer output = direct(rows * metadata.output().rowSize());
        OnnxTensor in = OnnxTensor.createTensor(env, input, metadata.input().shapeFor(rows));
        try {
            OnnxTensor out = OnnxTensor.createTensor(env, output, metadata.output().shapeFor(rows));
            return new TensorSlot(rows, input, output, in, out, metadata);
        } catch (OrtException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Returns how many rows this slot holds. */
    int rows() {
        return rows;
    }

    /**
     * Runs the session on {@link #rows} rows of {@code features} from {@code from}, writing the
     * scores into {@code scores} from {@code to}.
     */
    void run(OrtSession session, float[] features, int from, float[] scores, int to)
            throws OrtException {
        input.put(0, features, from, input.capacity());
        // The result only lists the pinned output, which it does not own: closing it leaves
        // the output tensor open for the next call.
        session.run(inputs, outputs).close();
        output.get(0, scores, to, output.capacity());
    }

    @Override
    public void close() {
        inputTensor.close();
        outputTensor.close();
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }
}
