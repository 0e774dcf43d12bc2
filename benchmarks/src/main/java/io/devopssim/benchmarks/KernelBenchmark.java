package io.devopssim.benchmarks;

import io.devopssim.core.kernel.Action;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures how many events per second the kernel schedules and dispatches in a steady state.
 *
 * <p>The classic hold model: {@code pending} events wait in the queue; dispatching one schedules
 * one new event a uniformly random 0 to 2 simulated seconds later, so the queue size stays constant
 * while its contents keep moving. One operation is one dispatch plus one schedule. The action
 * object is shared, so the kernel's own allocation is all that is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KernelBenchmark {

    private static final int EVENTS_PER_INVOCATION = 10_000;

    @Param({"1000", "100000"})
    int pending;

    private SimulationKernel kernel;

    /** Fills a fresh kernel with {@code pending} events and runs it long enough to mix the heap. */
    @Setup(Level.Trial)
    public void fill() {
        kernel = SimulationKernel.create(20_240_601L);
        Hold hold = new Hold(kernel.random("hold/delay"));
        for (int i = 0; i < pending; i++) {
            hold.run(kernel);
        }
        for (int i = 0; i < 2 * pending; i++) {
            kernel.step();
        }
    }

    /**
     * Dispatches a batch of events, each scheduling its successor.
     *
     * @return the simulated time reached, so that the work cannot be optimised away
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_INVOCATION)
    public double holdModel() {
        for (int i = 0; i < EVENTS_PER_INVOCATION; i++) {
            kernel.step();
        }
        return kernel.now();
    }

    /** Schedules its own next occurrence a random delay after each dispatch. */
    private static final class Hold implements Action {

        private final RandomGenerator delays;

        Hold(RandomGenerator delays) {
            this.delays = delays;
        }

        @Override
        public void run(SimulationKernel kernel) {
            kernel.schedule(2.0 * delays.nextDouble(), this);
        }
    }
}
