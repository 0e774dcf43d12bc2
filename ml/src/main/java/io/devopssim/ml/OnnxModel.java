package io.devopssim.ml;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.SimulationException;
import io.devopssim.core.inference.InferenceEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one ONNX model on ONNX Runtime, checked against its {@link ModelMetadata}.
 *
 * <p>The session is created once, when the model is opened. Every calling thread gets its own input
 * and output tensors over direct buffers, made on its first call and reused afterwards, so a
 * prediction allocates no tensor and copies the features only once, into native memory. Calls from
 * several threads run at the same time on the one session: that is how throughput scales. The
 * intra-op thread count (1 unless chosen) only parallelises inside one call, which helps large
 * batches but not single rows.
 *
 * <p>{@link #close()} waits for no one: calls already running finish normally and the native
 * resources are released when the last of them returns; calls that start later throw {@link
 * IllegalStateException}.
 *
 * <p>Limitations: one float32 input and one float32 output; other outputs of the graph are not
 * computed. The model file is read into memory whole, so ONNX external-data files are not
 * supported. Each thread that ever called the model holds its tensors until the model is closed.
 */
public final class OnnxModel implements InferenceEngine {

    /** The most values one batch tensor may hold: its direct buffer is at most 1 GiB. */
    static final int MAX_BATCH_VALUES = 1 << 28;

    private final ModelMetadata metadata;
    private final OrtSession session;
    private final int inputSize;
    private final int outputSize;
    private final Set<ThreadBuffers> allBuffers = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<ThreadBuffers> buffers = ThreadLocal.withInitial(this::newBuffers);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean closed;

    private OnnxModel(ModelMetadata metadata, OrtSession session) {
        this.metadata = metadata;
        this.session = session;
        this.inputSize = metadata.input().rowSize();
        this.outputSize = metadata.output().rowSize();
    }

    /**
     * Opens the model in {@code onnxFile} and checks it against {@code metadata}.
     *
     * @param onnxFile the {@code model.onnx} file
     * @param metadata what the model must look like
     * @param intraOpThreads threads ONNX Runtime may use inside one call, at least 1
     * @return the open model; close it when done
     * @throws ModelLoadException if the file is missing, empty or not a valid ONNX model, or if its
     *     inputs and outputs differ from the metadata
     */
    public static OnnxModel open(Path onnxFile, ModelMetadata metadata, int intraOpThreads) {
        Objects.requireNonNull(onnxFile, "onnxFile");
        Objects.requireNonNull(metadata, "metadata");
        String source = onnxFile.toString();
        try {
            return open(Files.readAllBytes(onnxFile), metadata, intraOpThreads, source);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(
                    source, "no such file; expected the ONNX model " + metadata.name(), e);
        } catch (IOException e) {
            throw new ModelLoadException(
                    source, "cannot be read (" + e + "); expected the ONNX model", e);
        }
    }

    /**
     * Opens a model from the bytes of an ONNX file and checks it against {@code metadata}.
     *
     * @param onnxBytes the content of a {@code model.onnx} file
     * @param metadata what the model must look like
     * @param intraOpThreads threads ONNX Runtime may use inside one call, at least 1
     * @return the open model; close it when done
     * @throws ModelLoadException if the bytes are not a valid ONNX model, or if its inputs and
     *     outputs differ from the metadata
     */
    public static OnnxModel open(byte[] onnxBytes, ModelMetadata metadata, int intraOpThreads) {
        Objects.requireNonNull(onnxBytes, "onnxBytes");
        Objects.requireNonNull(metadata, "metadata");
        return open(onnxBytes, metadata, intraOpThreads, "model " + metadata.name());
    }

    static OnnxModel open(byte[] bytes, ModelMetadata metadata, int threads, String source) {
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "intraOpThreads is " + threads + "; expected at least 1");
        }
        if (bytes.length == 0) {
            throw new ModelLoadException(
                    source, "empty file; expected the ONNX model " + metadata.name(), null);
        }
        OrtSession session = createSession(bytes, threads, source, metadata);
        List<Problem> problems = SignatureCheck.problems(session, metadata);
        if (!problems.isEmpty()) {
            closeQuietly(session);
            throw new ModelLoadException(source, problems);
        }
        return new OnnxModel(metadata, session);
    }

    /** Returns the metadata this model was checked against. */
    public ModelMetadata metadata() {
        return metadata;
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
        checkLengths(features, scores);
        enter();
        try {
            predictEntered(features, scores);
        } finally {
            exit();
        }
    }

    @Override
    public void predictBatch(float[] features, int rows, float[] scores) {
        checkBatch(features, rows, scores);
        enter();
        try {
            predictBatchEntered(features, rows, scores);
        } finally {
            exit();
        }
    }

    /**
     * Runs the reference inputs of the metadata and compares the results with its outputs.
     *
     * @return the worst difference found; see {@link ReferenceCheck} for how it is measured
     * @throws IllegalStateException if the model is closed
     */
    public ReferenceCheck verifyReference() {
        return ReferenceCheck.of(this);
    }

    /** Releases the session and every thread's tensors once running calls have returned. */
    @Override
    public void close() {
        closed = true;
        if (inFlight.get() == 0) {
            release();
        }
    }

    @Override
    public String toString() {
        return "OnnxModel[" + metadata.name() + " " + metadata.version() + "]";
    }

    /** Marks a call as running unless the model is closed; {@link #exit()} must follow. */
    boolean tryEnter() {
        inFlight.incrementAndGet();
        if (closed) {
            exit();
            return false;
        }
        return true;
    }

    /** Ends a call begun by {@link #tryEnter()}, releasing the model if it was the last. */
    void exit() {
        if (inFlight.decrementAndGet() == 0 && closed) {
            release();
        }
    }

    /** Returns whether {@link #close()} has been called. */
    boolean isClosed() {
        return closed;
    }

    /** Returns whether the native resources have been released. */
    boolean isReleased() {
        return released.get();
    }

    void checkLengths(float[] features, float[] scores) {
        if (features.length != inputSize || scores.length != outputSize) {
            throw new IllegalArgumentException(
                    metadata.name()
                            + ": features has "
                            + features.length
                            + " values and scores "
                            + scores.length
                            + "; expected "
                            + inputSize
                            + " and "
                            + outputSize);
        }
    }

    void checkBatch(float[] features, int rows, float[] scores) {
        if (rows < 1
                || (long) rows * inputSize > features.length
                || (long) rows * outputSize > scores.length
                || (long) rows * Math.max(inputSize, outputSize) > MAX_BATCH_VALUES) {
            throw new IllegalArgumentException(
                    metadata.name()
                            + ": rows is "
                            + rows
                            + " with "
                            + features.length
                            + " features and room for "
                            + scores.length
                            + " scores; expected at least 1 row, "
                            + inputSize
                            + " features and "
                            + outputSize
                            + " scores per row, and at most "
                            + MAX_BATCH_VALUES
                            + " values in a batch");
        }
    }

    void predictEntered(float[] features, float[] scores) {
        try {
            buffers.get().predict(session, features, scores);
        } catch (OrtException e) {
            throw failure(e);
        }
    }

    void predictBatchEntered(float[] features, int rows, float[] scores) {
        try {
            buffers.get().predictBatch(session, features, rows, scores);
        } catch (OrtException e) {
            throw failure(e);
        }
    }

    private void enter() {
        if (!tryEnter()) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    private ThreadBuffers newBuffers() {
        try {
            ThreadBuffers created = new ThreadBuffers(OrtEnvironment.getEnvironment(), metadata);
            allBuffers.add(created);
            return created;
        } catch (OrtException e) {
            throw failure(e);
        }
    }

    private SimulationException failure(OrtException e) {
        return new SimulationException(
                this + ": ONNX Runtime failed (" + e.getCode() + "): " + e.getMessage(), e);
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            allBuffers.forEach(ThreadBuffers::close);
            allBuffers.clear();
            closeQuietly(session);
        }
    }

    private static OrtSession createSession(
            byte[] bytes, int threads, String source, ModelMetadata metadata) {
        OrtEnvironment env = environment(source);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return env.createSession(bytes, options);
        } catch (OrtException e) {
            throw new ModelLoadException(
                    source,
                    "not a valid ONNX model ("
                            + e.getCode()
                            + ": "
                            + firstLine(e.getMessage())
                            + "); expected the ONNX model "
                            + metadata.name()
                            + " with input "
                            + metadata.input()
                            + " and output "
                            + metadata.output(),
                    e);
        }
    }

    /**
     * Returns the process-wide environment, turning a failed native library load into a clear
     * error.
     */
    private static OrtEnvironment environment(String source) {
        try {
            return OrtEnvironment.getEnvironment();
        } catch (LinkageError | RuntimeException e) {
            throw new ModelLoadException(
                    source,
                    "ONNX Runtime's native library cannot be loaded ("
                            + e
                            + "); expected Linux, macOS or Windows on x64 or aarch64 with glibc"
                            + " 2.27 or newer, or -Donnxruntime.native.path naming a folder"
                            + " with libonnxruntime and libonnxruntime4j_jni",
                    e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "no message" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            System.getLogger(OnnxModel.class.getName())
                    .log(System.Logger.Level.WARNING, "closing an ONNX Runtime session failed", e);
        }
    }
}
