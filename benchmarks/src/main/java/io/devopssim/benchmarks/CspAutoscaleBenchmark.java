package io.devopssim.benchmarks;

import io.devopssim.core.discrete.CspAutoscaleOutcome;
import io.devopssim.core.discrete.CspAutoscaleScenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times one whole run of the CSP-AUTOSCALE-1H(H) scenario on the discrete data plane.
 *
 * <p>One invocation is one simulated hour: 240·H requests on a fleet of 10·H to 20·H VMs with
 * scale-out checks every 30 s and idle scale-in, about 240·H kernel events. CloudSim Plus 8.5.5
 * needs 391 CPU seconds for H = 1,000 and does not finish H = 10,000 (see
 * docs/csp-autoscale-benchmark.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CspAutoscaleBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int hosts;

    private CspAutoscaleScenario scenario;

    @Setup
    public void setUp() {
        scenario = CspAutoscaleScenario.withHosts(hosts);
    }

    /**
     * Runs the scenario once.
     *
     * @return the outcome, so that the run cannot be optimised away
     */
    @Benchmark
    public CspAutoscaleOutcome hour() {
        return scenario.run();
    }
}
