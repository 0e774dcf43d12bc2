package io.devopssim.core.autoscale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mutable {@link ScalingInput} for tests: a list of pods with per-metric samples and requests.
 *
 * <p>Pods added by the shorthand methods started long ago (outside any CPU initialisation period)
 * and request 1.0 of every metric, so a CPU sample of 0.7 is 70 % utilisation.
 */
final class TestScalingInput implements ScalingInput {

    /** When the shorthand pods started, far enough back to be past start-up. */
    static final double LONG_AGO = -10_000;

    /** One pod and its samples. */
    static final class Pod {
        PodPhase phase;
        boolean ready;
        double startTime = LONG_AGO;
        double readyTransitionTime = LONG_AGO + 60;
        double sampleTime = Double.NaN;
        double[] samples;
        double[] requests;

        Pod(PodPhase phase, boolean ready, double[] samples, int metrics) {
            this.phase = phase;
            this.ready = ready;
            this.samples = Arrays.copyOf(samples, Math.max(metrics, samples.length));
            Arrays.fill(this.samples, samples.length, this.samples.length, Double.NaN);
            this.requests = new double[this.samples.length];
            Arrays.fill(this.requests, 1.0);
        }
    }

    final List<Pod> pods = new ArrayList<>();
    final double[] external;
    final int metrics;
    double time;
    int currentReplicas;

    TestScalingInput(int metrics) {
        this.metrics = metrics;
        this.external = new double[metrics];
        Arrays.fill(external, Double.NaN);
    }

    /** Sets the time and returns this input. */
    TestScalingInput at(double seconds) {
        time = seconds;
        return this;
    }

    /** Sets the replica count of the workload's spec and returns this input. */
    TestScalingInput replicas(int replicas) {
        currentReplicas = replicas;
        return this;
    }

    /** Sets an External metric's value (NaN for unavailable) and returns this input. */
    TestScalingInput external(int metric, double value) {
        external[metric] = value;
        return this;
    }

    /** Adds {@code count} running, ready pods with these samples, one per metric. */
    TestScalingInput ready(int count, double... samples) {
        for (int i = 0; i < count; i++) {
            add(PodPhase.RUNNING, true, samples);
        }
        return this;
    }

    /** Adds {@code count} running pods that have never been ready, with these samples. */
    TestScalingInput notReady(int count, double... samples) {
        for (int i = 0; i < count; i++) {
            Pod pod = add(PodPhase.RUNNING, false, samples);
            pod.readyTransitionTime = pod.startTime;
        }
        return this;
    }

    /** Adds {@code count} pods in {@code phase} with no samples. */
    TestScalingInput inPhase(int count, PodPhase phase) {
        for (int i = 0; i < count; i++) {
            Pod pod = add(phase, false);
            pod.startTime = Double.NaN;
            pod.readyTransitionTime = Double.NaN;
        }
        return this;
    }

    /** Adds one pod and returns it for further changes. */
    Pod add(PodPhase phase, boolean ready, double... samples) {
        Pod pod = new Pod(phase, ready, samples, metrics);
        pods.add(pod);
        return pod;
    }

    /** Replaces all pods with {@code count} ready pods with these samples; sets the replicas. */
    TestScalingInput follow(int count, double... samples) {
        pods.clear();
        currentReplicas = count;
        return ready(count, samples);
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public int currentReplicas() {
        return currentReplicas;
    }

    @Override
    public int podCount() {
        return pods.size();
    }

    @Override
    public PodPhase podPhase(int pod) {
        return pods.get(pod).phase;
    }

    @Override
    public boolean podReady(int pod) {
        return pods.get(pod).ready;
    }

    @Override
    public double podStartTime(int pod) {
        return pods.get(pod).startTime;
    }

    @Override
    public double podReadyTransitionTime(int pod) {
        return pods.get(pod).readyTransitionTime;
    }

    @Override
    public double podMetric(int metric, int pod) {
        return pods.get(pod).samples[metric];
    }

    @Override
    public double podRequest(int metric, int pod) {
        return pods.get(pod).requests[metric];
    }

    @Override
    public double externalMetric(int metric) {
        return external[metric];
    }

    @Override
    public double podMetricTime(int metric, int pod) {
        double t = pods.get(pod).sampleTime;
        return Double.isNaN(t) ? time : t;
    }
}
