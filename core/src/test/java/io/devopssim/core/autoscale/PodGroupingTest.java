package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.autoscale.TestScalingInput.Pod;
import org.junit.jupiter.api.Test;

/** Which pods count as ready, unready, missing or ignored, with upstream's CPU start-up rules. */
class PodGroupingTest {

    private static final double NAN = Double.NaN;

    private final PodGrouping grouping = new PodGrouping(300, 30);
    private final TestScalingInput in = new TestScalingInput(1).at(0);

    private byte groupOfLast(boolean cpu) {
        grouping.group(in, 0, cpu);
        return grouping.state(in.podCount() - 1);
    }

    @Test
    void group_terminatingAndFailed_areIgnored() {
        in.add(PodPhase.TERMINATING, true, 0.5);
        in.add(PodPhase.FAILED, false, 0.5);
        grouping.group(in, 0, true);

        assertThat(grouping.state(0)).isEqualTo(PodGrouping.IGNORED);
        assertThat(grouping.state(1)).isEqualTo(PodGrouping.IGNORED);
        assertThat(grouping.ready + grouping.unready + grouping.missing).isZero();
    }

    @Test
    void group_pending_isUnreadyEvenWithSample() {
        in.add(PodPhase.PENDING, false, 0.5);

        assertThat(groupOfLast(false)).isEqualTo(PodGrouping.UNREADY);
    }

    @Test
    void group_notReadyWithoutSample_isMissingNotUnready() {
        in.notReady(1, NAN);

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.MISSING);
    }

    @Test
    void group_notReadyWithSample_isReadyForNonCpuMetrics() {
        in.notReady(1, 0.5);

        assertThat(groupOfLast(false)).isEqualTo(PodGrouping.READY);
        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.UNREADY);
    }

    @Test
    void group_cpuWithinInitialisation_sampleWindowBeforeReadiness_isUnready() {
        Pod pod = in.add(PodPhase.RUNNING, true, 0.5);
        pod.startTime = -60;
        pod.readyTransitionTime = -5;

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.UNREADY);
    }

    @Test
    void group_cpuWithinInitialisation_sampleWindowAfterReadiness_isReady() {
        Pod pod = in.add(PodPhase.RUNNING, true, 0.5);
        pod.startTime = -60;
        pod.readyTransitionTime = -15;

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.READY);
    }

    @Test
    void group_cpuAfterInitialisation_notReadyButWasReady_isReady() {
        Pod pod = in.add(PodPhase.RUNNING, false, 0.5);
        pod.readyTransitionTime = -500;

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.READY);
    }

    @Test
    void group_cpuAfterInitialisation_neverReady_isUnready() {
        Pod pod = in.add(PodPhase.RUNNING, false, 0.5);
        pod.readyTransitionTime = pod.startTime + 10;

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.UNREADY);
    }

    @Test
    void group_cpuWithoutReadyCondition_isUnready() {
        Pod pod = in.add(PodPhase.RUNNING, true, 0.5);
        pod.readyTransitionTime = NAN;

        assertThat(groupOfLast(true)).isEqualTo(PodGrouping.UNREADY);
    }

    @Test
    void recommend_cpuSampleFromStartUp_countsAsZeroOnScaleUp() {
        HpaAutoscaler hpa = HpaAutoscaler.of(Specs.legacy(1, 20, Specs.cpu(50)));
        TestScalingInput input = new TestScalingInput(1).replicas(3).ready(2, 1.0);
        Pod fresh = input.add(PodPhase.RUNNING, true, 1.0);
        fresh.startTime = -60;
        fresh.readyTransitionTime = -5;

        // 200 % of 200 % -> ratio 2 with an unready pod; re-counted as 0: 66 % -> ceil(1.32 × 3).
        assertThat(hpa.recommend(input)).isEqualTo(4);
        fresh.readyTransitionTime = -20;
        assertThat(HpaAutoscaler.of(Specs.legacy(1, 20, Specs.cpu(50))).recommend(input))
                .isEqualTo(6);
    }
}
