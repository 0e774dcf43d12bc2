package io.devopssim.examples;

import io.devopssim.core.discrete.CloudSimPlusReference;
import io.devopssim.core.discrete.CspAutoscaleOutcome;
import io.devopssim.core.discrete.CspAutoscaleScenario;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the CSP-AUTOSCALE-1H benchmark scenario and prints its outcomes and cost next to CloudSim
 * Plus's.
 */
@Command(
        name = "csp-autoscale",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the CSP-AUTOSCALE-1H(H) scenario (H hosts, an hour of batched requests on an"
                    + " autoscaled VM fleet) on the discrete data plane and prints requests,"
                    + " requests finished by t = 3600 s, VMs added by scale-out, main-thread CPU"
                    + " seconds and events, with CloudSim Plus 8.5.5's outcome and cost in"
                    + " brackets.",
            "Each size runs once, in the order given, in this JVM (the first pays for JIT"
                    + " warm-up). See docs/csp-autoscale-benchmark.md."
        })
final class CspAutoscaleCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--hosts",
            split = ",",
            paramLabel = "H",
            description = "Host counts to run, such as 10,100,1000 (default: ${DEFAULT-VALUE}).",
            defaultValue = "10,100,1000")
    List<Integer> hosts;

    /** Runs one size; replaced in tests. */
    IntFunction<CspAutoscaleOutcome> runner = h -> CspAutoscaleScenario.withHosts(h).run();

    @Override
    public Integer call() {
        for (int h : hosts) {
            if (h < 1 || h > CspAutoscaleScenario.MAX_HOSTS) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--hosts must be from 1 to "
                                + CspAutoscaleScenario.MAX_HOSTS
                                + ", was "
                                + h);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("CSP-AUTOSCALE-1H; CloudSim Plus 8.5.5 in brackets, difference in percent");
        out.printf(
                Locale.ROOT,
                "%7s %10s %25s %22s %16s %10s%n",
                "hosts",
                "requests",
                "finished by 3600 s",
                "VMs added",
                "CPU s (main)",
                "events");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int h : hosts) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            CspAutoscaleOutcome outcome;
            try {
                outcome = runner.apply(h);
            } catch (OutOfMemoryError e) {
                out.flush();
                outOfMemory(h);
                return UserErrors.BAD_INPUT;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            print(out, outcome, cpu, CloudSimPlusReference.forHosts(h));
            out.flush();
        }
        return 0;
    }

    private void outOfMemory(int h) {
        long heapMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        spec.commandLine()
                .getErr()
                .printf(
                        Locale.ROOT,
                        "error: --hosts %d ran out of memory (the JVM's largest heap is %,d MiB);"
                                + " use fewer hosts or a larger heap (java -Xmx...)%n",
                        h,
                        heapMib);
    }

    private static void print(
            PrintWriter out,
            CspAutoscaleOutcome o,
            double cpu,
            Optional<CloudSimPlusReference> reference) {
        String finished = count(o.finished());
        String added = count(o.vmsAdded());
        String cost = String.format(Locale.ROOT, "%.2f", cpu);
        if (reference.isPresent()) {
            CloudSimPlusReference r = reference.get();
            finished += " (" + count(r.finished()) + ") " + percent(o.finished(), r.finished());
            added += " (" + count(r.vmsAdded()) + ") " + percent(o.vmsAdded(), r.vmsAdded());
            cost += String.format(Locale.ROOT, " (%.1f)", r.cpuSeconds().orElseThrow());
        }
        out.printf(
                Locale.ROOT,
                "%7s %10s %25s %22s %16s %10s%n",
                count(o.hosts()),
                count(o.requests()),
                finished,
                added,
                cost,
                count(o.events()));
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(long ours, long theirs) {
        return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (ours - theirs) / theirs);
    }
}
