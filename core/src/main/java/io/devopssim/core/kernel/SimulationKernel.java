package io.devopssim.core.kernel;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs a discrete-event simulation: a clock in simulated seconds and a queue of scheduled actions.
 *
 * <p>Events run in order of time; events at the same time run in the order they were scheduled.
 * Each operation on the queue costs O(log n) in the number of pending events and allocates nothing
 * beyond the caller's action (the queue's arrays double when full). There is no wall-clock time
 * anywhere: {@link #now()} starts at zero and moves only when an event is dispatched or {@link
 * #runUntil} reaches its horizon.
 *
 * <p>The kernel also owns the run's randomness ({@link #random(String)}: one reproducible stream
 * per name) and its typed event listeners ({@link #addListener}, {@link #publish}).
 *
 * <p><b>Threads.</b> A kernel is confined to one thread, except {@link #cancelRun()} and {@link
 * #isCancelled()}, which any thread may call while a run is in progress.
 *
 * <p><b>Errors.</b> An exception thrown by an action or listener propagates out of the run call;
 * the event that threw has been removed from the queue and {@link #now()} stays at its time, so the
 * caller may inspect the state or resume with another run call.
 *
 * <p><b>Limitations.</b> {@link #cancel(long)} is lazy: it cannot tell whether the event already
 * ran, and a cancelled event keeps its queue slot until it reaches the head of the queue or the
 * cancelled ids outnumber the pending events, when all of them are removed at once.
 */
public final class SimulationKernel {

    private final EventQueue queue = new EventQueue();
    private final LongHashSet cancelledIds = new LongHashSet();
    private final RandomStreams randomStreams;
    private final ListenerRegistry listeners = new ListenerRegistry();

    private double now;
    private long nextSeq;
    private boolean running;
    private volatile boolean cancelled;

    private ProgressListener progressListener;
    private double progressEvery = Double.POSITIVE_INFINITY;
    private double nextProgressAt = Double.POSITIVE_INFINITY;

    private SimulationKernel(long seed) {
        this.randomStreams = new RandomStreams(seed);
    }

    /**
     * Returns a new kernel at simulated time zero with an empty queue.
     *
     * @param seed the run's seed, from which every named random stream is derived
     * @return the kernel
     */
    public static SimulationKernel create(long seed) {
        return new SimulationKernel(seed);
    }

    /**
     * Returns the current simulated time in seconds since the start of the run.
     *
     * @return the simulated time, zero before the first event
     */
    public double now() {
        return now;
    }

    /**
     * Schedules an action {@code delay} simulated seconds from now.
     *
     * @param delay seconds from {@link #now()}, finite and at least zero
     * @param action what to run
     * @return the event's id, for {@link #cancel(long)}
     * @throws IllegalArgumentException if the delay is NaN, negative or infinite
     */
    public long schedule(double delay, Action action) {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "delay must be a finite number of seconds >= 0, was " + delay);
        }
        return scheduleAt(now + delay, action);
    }

    /**
     * Schedules an action at an absolute simulated time.
     *
     * @param time seconds since the start of the run, finite and not before {@link #now()}
     * @param action what to run
     * @return the event's id, for {@link #cancel(long)}
     * @throws IllegalArgumentException if the time is NaN, infinite or in the past
     */
    public long scheduleAt(double time, Action action) {
        requireReachable("time", time);
        Objects.requireNonNull(action, "action");
        long seq = nextSeq++;
        queue.add(time, seq, action);
        return seq;
    }

    /**
     * Cancels a scheduled event so that it never runs; does nothing if it already ran.
     *
     * @param eventId an id returned by {@link #schedule} or {@link #scheduleAt} on this kernel
     * @throws IllegalArgumentException if this kernel never issued the id
     */
    public void cancel(long eventId) {
        if (eventId < 0 || eventId >= nextSeq) {
            throw new IllegalArgumentException(
                    "eventId must be an id issued by this kernel (0 to "
                            + (nextSeq - 1)
                            + "), was "
                            + eventId);
        }
        cancelledIds.add(eventId);
        if (cancelledIds.size() > queue.size()) {
            queue.removeIf(cancelledIds::contains);
            cancelledIds.clear();
        }
    }

    /**
     * Dispatches events until the queue is empty or the run is cancelled.
     *
     * <p>Simulated time ends at the time of the last event dispatched.
     *
     * @return {@link RunOutcome#COMPLETED} when the queue drained, {@link RunOutcome#CANCELLED}
     *     after {@link #cancelRun()}
     * @throws IllegalStateException if called from inside an action or listener of this kernel
     */
    public RunOutcome run() {
        return dispatchThrough(Double.POSITIVE_INFINITY);
    }

    /**
     * Dispatches every event at or before {@code time}, then sets simulated time to {@code time}.
     *
     * <p>Events scheduled at exactly {@code time}, including by the events dispatched, run.
     *
     * @param time the horizon in simulated seconds, finite and not before {@link #now()}
     * @return {@link RunOutcome#COMPLETED} when the horizon was reached, {@link
     *     RunOutcome#CANCELLED} after {@link #cancelRun()}, leaving time at the last event
     * @throws IllegalArgumentException if the time is NaN, infinite or in the past
     * @throws IllegalStateException if called from inside an action or listener of this kernel
     */
    public RunOutcome runUntil(double time) {
        requireReachable("time", time);
        RunOutcome outcome = dispatchThrough(time);
        if (outcome == RunOutcome.COMPLETED) {
            now = time;
            if (time >= nextProgressAt) {
                reportProgress(time);
            }
        }
        return outcome;
    }

    /**
     * Dispatches the next pending event, skipping cancelled ones.
     *
     * @return whether an event ran; false if the queue is empty or the run was cancelled
     * @throws IllegalStateException if called from inside an action or listener of this kernel
     */
    public boolean step() {
        enter();
        try {
            while (!cancelled && !queue.isEmpty()) {
                if (dispatchNext(Double.POSITIVE_INFINITY)) {
                    return true;
                }
            }
            return false;
        } finally {
            running = false;
        }
    }

    /**
     * Cancels the run: the current run call returns {@link RunOutcome#CANCELLED} after the event in
     * progress, and every later run call returns it at once.
     *
     * <p>Safe to call from any thread, and from an action. Cancellation is permanent.
     */
    public void cancelRun() {
        cancelled = true;
    }

    /**
     * Returns whether {@link #cancelRun()} has been called; safe to call from any thread.
     *
     * @return true once the run is cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Returns the random stream called {@code name}, creating it on first use.
     *
     * <p>The stream's seed depends only on this kernel's seed and the name, so kernels with the
     * same seed return identical streams on every JVM, whatever other streams exist or the order in
     * which they were created. Asking for the same name again returns the same instance. Streams
     * use the {@code L64X128MixRandom} algorithm and are not thread-safe.
     *
     * @param name the stream's name, conventionally the component's path such as {@code
     *     service/api/startup}
     * @return the stream
     * @throws IllegalArgumentException if the name is blank
     */
    public RandomGenerator random(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(
                    "random stream name must not be blank, was '" + name + "'");
        }
        return randomStreams.get(name);
    }

    /**
     * Registers a listener for events of {@code type} and its subtypes.
     *
     * <p>Listeners receive each event synchronously, in registration order. A listener registered
     * while an event is being delivered receives events from the next {@link #publish} on.
     *
     * @param type the event class or interface to listen for
     * @param listener the listener
     * @param <E> the event type
     */
    public <E extends SimEvent> void addListener(Class<E> type, Consumer<? super E> listener) {
        listeners.add(
                Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Delivers an event to every listener registered for its class or one of its supertypes.
     *
     * @param event the event
     */
    public void publish(SimEvent event) {
        listeners.publish(Objects.requireNonNull(event, "event"));
    }

    /**
     * Sets the listener told about progress, at most once per {@code everySimSeconds} of simulated
     * time; replaces any earlier listener.
     *
     * @param listener the listener
     * @param everySimSeconds the least simulated time between two reports, finite and above zero
     * @throws IllegalArgumentException if the interval is NaN, infinite, zero or negative
     */
    public void setProgressListener(ProgressListener listener, double everySimSeconds) {
        Objects.requireNonNull(listener, "listener");
        if (!(everySimSeconds > 0) || everySimSeconds == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "everySimSeconds must be a finite number > 0, was " + everySimSeconds);
        }
        progressListener = listener;
        progressEvery = everySimSeconds;
        nextProgressAt = now + everySimSeconds;
    }

    private RunOutcome dispatchThrough(double horizon) {
        enter();
        try {
            while (!cancelled) {
                if (queue.isEmpty() || queue.peekTime() > horizon) {
                    return RunOutcome.COMPLETED;
                }
                dispatchNext(horizon);
            }
            return RunOutcome.CANCELLED;
        } finally {
            running = false;
        }
    }

    /** Removes the first event and runs it unless cancelled; returns whether it ran. */
    private boolean dispatchNext(double horizon) {
        double time = queue.peekTime();
        long seq = queue.peekSeq();
        Action action = (Action) queue.poll();
        if (!cancelledIds.isEmpty() && cancelledIds.remove(seq)) {
            return false;
        }
        now = time;
        action.run(this);
        if (time >= nextProgressAt) {
            reportProgress(horizon);
        }
        return true;
    }

    private void reportProgress(double horizon) {
        nextProgressAt = now + progressEvery;
        progressListener.progress(now, horizon);
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException(
                    "run, runUntil and step must not be called from inside an event of the same"
                            + " kernel");
        }
        running = true;
    }

    private void requireReachable(String name, double time) {
        if (!(time >= now) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    name + " must be a finite number of seconds >= now (" + now + "), was " + time);
        }
    }
}
