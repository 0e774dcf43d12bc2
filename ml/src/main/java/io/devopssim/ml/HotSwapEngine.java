package io.devopssim.ml;

import io.devopssim.core.inference.InferenceEngine;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves predictions from one model at a time and replaces it atomically while calls run.
 *
 * <p>Each call runs entirely on one model: the one that was current when it started, or the next
 * one if a swap closed that model in between. A call never fails because of a swap. After {@link
 * #swap}, the old model is closed; its native resources are released when the last call still
 * running on it returns.
 *
 * <p>The engine owns the models it was given: it closes them. Closing a model directly while the
 * engine holds it makes the engine's calls fail with {@link IllegalStateException}.
 */
public final class HotSwapEngine implements InferenceEngine {

    private final AtomicReference<OnnxModel> current;
    private final int inputSize;
    private final int outputSize;

    private HotSwapEngine(OnnxModel first) {
        this.current = new AtomicReference<>(first);
        this.inputSize = first.inputSize();
        this.outputSize = first.outputSize();
    }

    /**
     * Returns an engine that serves {@code first} until it is swapped.
     *
     * @param first an open model; the engine takes it over
     * @return the engine
     */
    public static HotSwapEngine of(OnnxModel first) {
        Objects.requireNonNull(first, "first");
        return new HotSwapEngine(first);
    }

    /**
     * Makes {@code next} serve every call that starts from now on and closes the model it replaces.
     *
     * @param next an open model with the same input and output sizes; the engine takes it over only
     *     if the swap succeeds
     * @throws IllegalArgumentException if {@code next} reads or writes rows of other sizes
     * @throws IllegalStateException if the engine is closed
     */
    public void swap(OnnxModel next) {
        Objects.requireNonNull(next, "next");
        if (next.isClosed()) {
            throw new IllegalArgumentException(next + " is closed; expected an open model");
        }
        if (next.inputSize() != inputSize || next.outputSize() != outputSize) {
            throw new IllegalArgumentException(
                    next
                            + " reads "
                            + next.inputSize()
                            + " features and writes "
                            + next.outputSize()
                            + " scores; expected "
                            + inputSize
                            + " and "
                            + outputSize
                            + " like the model it would replace");
        }
        OnnxModel old;
        do {
            old = current.get();
            if (old == null) {
                throw new IllegalStateException("the engine is closed; " + next + " not taken");
            }
        } while (!current.compareAndSet(old, next));
        if (old != next) {
            old.close();
        }
    }

    /** Returns the model serving calls that start now. */
    public OnnxModel current() {
        OnnxModel model = current.get();
        if (model == null) {
            throw new IllegalStateException("the engine is closed");
        }
        return model;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    @Override
    public void predict(float[] features, float[] scores) {
        OnnxModel model = enter();
        try {
            model.checkLengths(features, scores);
            model.predictEntered(features, scores);
        } finally {
            model.exit();
        }
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        OnnxModel model = enter();
        try {
            model.checkBatch(features, rows, scores);
            model.predictBatchEntered(features, rows, scores);
        } finally {
            model.exit();
        }
    }

    /** Closes the current model; later calls and swaps throw {@link IllegalStateException}. */
    @Override
    public void close() {
        OnnxModel last = current.getAndSet(null);
        if (last != null) {
            last.close();
        }
    }

    /** Returns the current model with a call marked as running on it. */
    private OnnxModel enter() {
        while (true) {
            OnnxModel model = current.get();
            if (model == null) {
                throw new IllegalStateException("the engine is closed");
            }
            if (model.tryEnter()) {
                return model;
            }
            if (current.get() == model) {
                throw new IllegalStateException(
                        model + " was closed while the engine still served it");
            }
        }
    }
}
