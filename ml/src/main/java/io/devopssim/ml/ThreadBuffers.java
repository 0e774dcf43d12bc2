package io.devopssim.ml;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One calling thread's tensors for one model: a slot for single rows and one for the last batch.
 *
 * <p>A repeated batch size reuses its slot; a new one replaces it (and allocates once).
 */
final class ThreadBuffers implements AutoCloseable {

    private final OrtEnvironment env;
    private final ModelMetadata metadata;
    private final TensorSlot single;
    private TensorSlot batch;

    ThreadBuffers(OrtEnvironment env, ModelMetadata metadata) throws OrtException {
        this.env = env;
        this.metadata = metadata;
        this.single = TensorSlot.create(env, metadata, 1);
    }

    void predict(OrtSession session, float[] features, float[] scores) throws OrtException {
        single.run(session, features, 0, scores, 0);
    }

    void predictBatch(OrtSession session, float[] features, int rows, float[] scores)
            throws OrtException {
        if (rows == 1) {
            single.run(session, features, 0, scores, 0);
        } else if (metadata.batched()) {
            slotFor(rows).run(session, features, 0, scores, 0);
        } else {
            int in = metadata.input().rowSize();
            int out = metadata.output().rowSize();
            for (int r = 0; r < rows; r++) {
                single.run(session, features, r * in, scores, r * out);
            }
        }
    }

    private TensorSlot slotFor(int rows) throws OrtException {
        if (batch == null || batch.rows() != rows) {
            TensorSlot next = TensorSlot.create(env, metadata, rows);
            if (batch != null) {
                batch.close();
            }
            batch = next;
        }
        return batch;
    }

    @Override
    public void close() {
        single.close();
        if (batch != null) {
            batch.close();
        }
    }
}
